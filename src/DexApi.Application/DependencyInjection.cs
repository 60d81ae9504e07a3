using DexApi.Application.Common.Behaviors;
using DexApi.Application.Common.Security;
using DexApi.Application.Invitations;
using DexApi.Application.Passwords;
using DexApi.Application.Tokens.Grants;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace DexApi.Application;

public static class DependencyInjection
{
    /// <summary>Registers MediatR with its pipeline, the handlers, validators and mapping profiles.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        // Note: MediatR 5 has no registration helper of its own; it resolves everything through this factory.
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)))
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        // Registration order is pipeline order, outermost first.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));

        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton);
        services.AddAutoMapper(_ => { }, assembly);

        services.AddScoped<CallerAuthorizer>();
        services.AddScoped<CallingClient>();
        services.AddScoped<InvitationDispatcher>();
        services.AddScoped<PasswordResetLinks>();
        services.AddScoped<PasswordPolicy>();
        services.AddScoped<ClientAuthenticator>();
        services.AddScoped<PasswordGrant>();
        services.AddScoped<RefreshTokenGrant>();
        services.AddScoped<RefreshTokenMinter>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}

using DexApi.Api.Authentication;
using DexApi.Api.ErrorHandling;
using DexApi.Api.Json;
using DexApi.Api.OpenApi;
using DexApi.Application;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.Options;

namespace DexApi.Api;

public static class DependencyInjection
{
    /// <summary>Registers MVC, authentication, error handling, health checks and the OpenAPI document.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentCaller, HttpCurrentCaller>();

        services.AddControllersWithViews(options =>
            {
                // Only application/json (with any parameters) is read; text/json and the like get 415.
                var json = options.InputFormatters.OfType<SystemTextJsonInputFormatter>().Single();
                json.SupportedMediaTypes.Clear();
                json.SupportedMediaTypes.Add("application/json");
            })
            .AddJsonOptions(options =>
            {
                options.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
                options.JsonSerializerOptions.DefaultIgnoreCondition =
                    System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
                options.JsonSerializerOptions.Converters.Add(new NullAsFalseBooleanConverter());
            })
            .ConfigureApiBehaviorOptions(options =>
            {
                // Errors keep the Dex shape: no ProblemDetails, and a body that won't bind is one 400.
                options.SuppressMapClientErrors = true;
                // Dex worded it differently on the clients route; scripts match on either text.
                options.InvalidModelStateResponseFactory = context => new BadRequestObjectResult(new ErrorBody(
                    ErrorCodes.InvalidRequest,
                    context.ActionDescriptor.RouteValues["controller"] == "Clients"
                        ? ErrorDescriptions.UnableToDecodeBody
                        : ErrorDescriptions.CannotParseBody));
            });
        services.Configure<MvcOptions>(options =>
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerTokenOptionsSetup>();
        services.AddAuthorization();

        services.AddExceptionHandler<DexApiExceptionHandler>();
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddOpenApiDocument(DexApiDocument.Configure);
        return services;
    }
}

using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Clients;
using FluentValidation;
using FluentValidation.Results;

namespace DexApi.Application.Clients.Commands.CreateClient;

/// <summary>Dex's redirect URI checks, in Dex's order, plus the fragment rule of RFC 6749.</summary>
public sealed class CreateClientCommandValidator : AbstractValidator<CreateClientCommand>
{
    public CreateClientCommandValidator()
    {
        RuleFor(command => command.RedirectUris).Custom((uris, context) =>
        {
            var message = FirstProblem(uris ?? []);
            if (message is not null)
            {
                context.AddFailure(new ValidationFailure(nameof(CreateClientCommand.RedirectUris), message)
                {
                    ErrorCode = ErrorCodes.InvalidClientMetadata,
                });
            }
        });
    }

    private static string? FirstProblem(IReadOnlyList<string?> uris)
    {
        var problems = uris.Select(RedirectUri.Check).ToList();
        if (problems.Contains(RedirectUriProblem.Unparseable))
        {
            return ErrorDescriptions.InvalidRedirectUris;
        }

        if (uris.Count == 0)
        {
            return ErrorDescriptions.ZeroRedirectUris;
        }

        return problems.FirstOrDefault(problem => problem != RedirectUriProblem.None) switch
        {
            RedirectUriProblem.NoHost => ErrorDescriptions.RedirectUriNoHost,
            RedirectUriProblem.BadScheme => ErrorDescriptions.RedirectUriBadScheme,
            RedirectUriProblem.Fragment => ErrorDescriptions.RedirectUriFragment,
            _ => null,
        };
    }
}

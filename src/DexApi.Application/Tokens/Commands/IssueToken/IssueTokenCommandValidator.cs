using FluentValidation;

namespace DexApi.Application.Tokens.Commands.IssueToken;

public sealed class IssueTokenCommandValidator : AbstractValidator<IssueTokenCommand>
{
    public IssueTokenCommandValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(command => command.GrantType)
            .NotEmpty()
            .WithErrorCode(ErrorCodes.InvalidRequest)
            .WithMessage("grant_type is required")
            .Must(grant => grant is GrantTypes.Password or GrantTypes.ClientCredentials or GrantTypes.RefreshToken)
            .WithErrorCode(ErrorCodes.UnsupportedGrantType)
            .WithMessage("grant_type must be password, client_credentials or refresh_token");

        When(command => command.GrantType == GrantTypes.Password, () =>
        {
            RuleFor(command => command.Username)
                .NotEmpty()
                .WithErrorCode(ErrorCodes.InvalidRequest)
                .WithMessage("username is required");
            RuleFor(command => command.Password)
                .NotEmpty()
                .WithErrorCode(ErrorCodes.InvalidRequest)
                .WithMessage("password is required");
        });

        When(command => command.GrantType == GrantTypes.RefreshToken, () =>
            RuleFor(command => command.RefreshToken)
                .NotEmpty()
                .WithErrorCode(ErrorCodes.InvalidRequest)
                .WithMessage("refresh_token is required"));

        RuleFor(command => command.Scope)
            .Must(scope => Scopes.Parse(scope).All(Scopes.Supported.Contains))
            .WithErrorCode(ErrorCodes.InvalidScope)
            .WithMessage("scope may hold only openid, email, profile and offline_access");
    }
}

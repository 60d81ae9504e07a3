using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Invitations;
using DexApi.Domain.Users;
using MediatR;

namespace DexApi.Application.Passwords.Commands.RequestPasswordReset;

public sealed class RequestPasswordResetCommandHandler(
    IUserRepository users,
    IClientRepository clients,
    IActionTokenService actionTokens,
    IUserMailer mailer,
    IRequestRateLimiter rateLimiter,
    IIssuer issuer,
    TimeProvider clock)
    : IRequestHandler<RequestPasswordResetCommand, Unit>
{
    public async Task<Unit> Handle(RequestPasswordResetCommand request, CancellationToken cancellationToken)
    {
        var redirectUri = await ResolveRedirectAsync(request, cancellationToken);
        if (!EmailAddress.TryParse(request.Email?.Trim(), out var email))
        {
            throw new ValidationException(ErrorCodes.InvalidEmail, "Please enter a valid email address.");
        }

        // Both budgets count every request, whether or not the account exists, so a refusal reveals nothing.
        if (!rateLimiter.TryAcquire(RateLimitedAction.MailPagePerClientIp, request.ClientIp)
            | !rateLimiter.TryAcquire(RateLimitedAction.PasswordResetPerAddress, email.Value))
        {
            throw new TooManyRequestsException(ErrorCodes.InvalidRequest, ErrorDescriptions.TooManyRequests);
        }

        var user = await users.GetByEmailAsync(email.Value, cancellationToken);
        if (user is null || user.Disabled)
        {
            return Unit.Value;
        }

        var token = actionTokens.Create(new ActionToken(
            ActionPurpose.PasswordReset,
            user.Id,
            user.Email,
            user.PasswordVersion,
            request.ClientId ?? "",
            redirectUri,
            clock.GetUtcNow().Add(InvitationDispatcher.LinkLifetime)));
        mailer.SendInBackground(
            UserEmail.PasswordReset,
            user,
            $"{issuer.Url}/reset-password?token={Uri.EscapeDataString(token)}");
        return Unit.Value;
    }

    /// <summary>A redirect is allowed only to a URI that the named client registered.</summary>
    private async Task<string> ResolveRedirectAsync(RequestPasswordResetCommand request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.ClientId))
        {
            return "";
        }

        var client = await clients.GetByIdAsync(request.ClientId, cancellationToken);
        if (client is null)
        {
            throw new ValidationException(ErrorCodes.InvalidClient, "The client of this page is not registered.");
        }

        if (string.IsNullOrEmpty(request.RedirectUri))
        {
            return "";
        }

        return client.HasRedirectUri(request.RedirectUri)
            ? request.RedirectUri
            : throw new ValidationException(ErrorCodes.InvalidRedirectUrl, ErrorDescriptions.InvalidRedirectUrl);
    }
}

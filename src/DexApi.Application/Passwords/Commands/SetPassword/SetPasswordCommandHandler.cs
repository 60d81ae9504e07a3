using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DexApi.Application.Passwords.Commands.SetPassword;

public sealed partial class SetPasswordCommandHandler(
    PasswordResetLinks links,
    IUserRepository users,
    IPasswordHasher hasher,
    PasswordPolicy policy,
    ILogger<SetPasswordCommandHandler> logger)
    : IRequestHandler<SetPasswordCommand, string>
{
    public async Task<string> Handle(SetPasswordCommand request, CancellationToken cancellationToken)
    {
        var (reset, user) = await links.OpenAsync(request.Token, cancellationToken);
        policy.EnsureAcceptable(request.Password!, user);

        var hash = hasher.Hash(request.Password!);
        // The version check is repeated in the UPDATE itself: of two racing uses of one link, one wins.
        if (!await users.SetPasswordAsync(user.Id, hash, reset.PasswordVersion, cancellationToken))
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.LinkAlreadyUsed);
        }

        // The link reached the user by mail (or by the admin, for that address), which proves the address.
        if (!user.EmailVerified)
        {
            await users.MarkEmailVerifiedAsync(user.Id, cancellationToken);
        }

        LogPasswordSet(logger, user.Id);
        return reset.RedirectUrl;
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Password set for user {UserId}")]
    private static partial void LogPasswordSet(ILogger logger, string userId);
}

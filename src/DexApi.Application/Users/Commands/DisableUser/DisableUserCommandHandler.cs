using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DexApi.Application.Users.Commands.DisableUser;

public sealed partial class DisableUserCommandHandler(IUserRepository users, ILogger<DisableUserCommandHandler> logger)
    : IRequestHandler<DisableUserCommand, Unit>
{
    public async Task<Unit> Handle(DisableUserCommand request, CancellationToken cancellationToken)
    {
        if (!await users.SetDisabledAsync(request.Id, request.Disable, cancellationToken))
        {
            throw new NotFoundException(ErrorCodes.ResourceNotFound, ErrorDescriptions.ResourceNotFound);
        }

        LogDisabledChanged(logger, request.Id, request.Disable);
        return Unit.Value;
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "User {UserId} disabled set to {Disabled}")]
    private static partial void LogDisabledChanged(ILogger logger, string userId, bool disabled);
}

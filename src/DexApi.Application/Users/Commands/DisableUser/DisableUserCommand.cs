using MediatR;

namespace DexApi.Application.Users.Commands.DisableUser;

/// <summary>Disables a user (<paramref name="Disable"/> true) or enables them again; repeating is harmless.</summary>
public sealed record DisableUserCommand(string Id, bool Disable) : IRequest<Unit>;

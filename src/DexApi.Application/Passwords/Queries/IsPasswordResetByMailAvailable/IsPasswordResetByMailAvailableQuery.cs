using MediatR;

namespace DexApi.Application.Passwords.Queries.IsPasswordResetByMailAvailable;

/// <summary>Whether the forgotten-password page can mail links at all (a mail server is configured).</summary>
public sealed record IsPasswordResetByMailAvailableQuery : IRequest<bool>;

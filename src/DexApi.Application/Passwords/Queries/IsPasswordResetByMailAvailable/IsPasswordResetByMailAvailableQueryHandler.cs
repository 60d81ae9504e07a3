using DexApi.Application.Common.Abstractions;
using MediatR;

namespace DexApi.Application.Passwords.Queries.IsPasswordResetByMailAvailable;

public sealed class IsPasswordResetByMailAvailableQueryHandler(IUserMailer mailer)
    : IRequestHandler<IsPasswordResetByMailAvailableQuery, bool>
{
    public Task<bool> Handle(IsPasswordResetByMailAvailableQuery request, CancellationToken cancellationToken)
        => Task.FromResult(mailer.IsAvailable);
}

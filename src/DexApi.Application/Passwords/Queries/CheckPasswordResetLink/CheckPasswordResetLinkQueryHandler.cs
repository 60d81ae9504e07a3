using MediatR;

namespace DexApi.Application.Passwords.Queries.CheckPasswordResetLink;

public sealed class CheckPasswordResetLinkQueryHandler(PasswordResetLinks links)
    : IRequestHandler<CheckPasswordResetLinkQuery, string>
{
    public async Task<string> Handle(CheckPasswordResetLinkQuery request, CancellationToken cancellationToken)
    {
        var (_, user) = await links.OpenAsync(request.Token, cancellationToken);
        return user.Email;
    }
}

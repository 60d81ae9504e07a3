using MediatR;

namespace DexApi.Application.Passwords.Queries.CheckPasswordResetLink;

/// <summary>Checks a password-reset link before its form is shown; returns the email it is for.</summary>
public sealed record CheckPasswordResetLinkQuery(string? Token) : IRequest<string>;

using MediatR;

namespace DexApi.Application.EmailVerification.Commands.VerifyEmail;

/// <summary>Follows an email-verification link. Returns where to send the user next, which may be empty.</summary>
public sealed record VerifyEmailCommand(string? Token) : IRequest<string>;

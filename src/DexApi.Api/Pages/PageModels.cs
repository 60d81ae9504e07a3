namespace DexApi.Api.Pages;

/// <summary>The set-password form: the link's token travels in a hidden field.</summary>
public sealed record SetPasswordModel(string Token, string Email, string? Error);

/// <summary>A page that only says something.</summary>
public sealed record MessageModel(string Title, string Text);

/// <summary>The forgotten-password form; the client and redirect travel in hidden fields.</summary>
public sealed record ForgottenPasswordModel(string? ClientId, string? RedirectUri, string? Error);

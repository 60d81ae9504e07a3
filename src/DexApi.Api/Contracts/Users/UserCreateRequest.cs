namespace DexApi.Api.Contracts.Users;

/// <summary>A new user and where their invitation leads.</summary>
/// <param name="User">The user to create; <c>id</c> and <c>createdAt</c> are ignored.</param>
/// <param name="RedirectURL">One of the calling client's redirect URIs, exactly as registered.</param>
public sealed record UserCreateRequest(UserInput? User, string? RedirectURL);

/// <summary>The fields of a user that a caller may set. A missing boolean is false.</summary>
/// <param name="Id">Ignored: the server assigns ids.</param>
/// <param name="Email">A single bare email address.</param>
/// <param name="DisplayName">The name to show.</param>
/// <param name="EmailVerified">Whether the email is already known to be the user's.</param>
/// <param name="Admin">Whether the user may manage users.</param>
/// <param name="Disabled">Whether the user starts disabled.</param>
/// <param name="CreatedAt">Ignored: the server records the time.</param>
public sealed record UserInput(
    string? Id,
    string? Email,
    string? DisplayName,
    bool? EmailVerified,
    bool? Admin,
    bool? Disabled,
    string? CreatedAt);

namespace DexApi.Api.Authentication;

/// <summary>Who may call a group of routes, beyond holding a valid bearer token.</summary>
public enum CallerGuard
{
    /// <summary>User management: an admin user through an admin client.</summary>
    Admin,

    /// <summary>Client management: an admin client's own token, or an admin user's token from an admin client.</summary>
    ClientAdministration,

    /// <summary>A user's account: the owner (the <c>userid</c> route value) or an admin, through any client.</summary>
    Account,
}

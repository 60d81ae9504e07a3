namespace DexApi.Application.Tokens;

/// <summary>The scopes a client may ask for, and how a <c>scope</c> parameter is read.</summary>
public static class Scopes
{
    public const string OfflineAccess = "offline_access";

    public static readonly IReadOnlySet<string> Supported =
        new HashSet<string>(["openid", "email", "profile", OfflineAccess], StringComparer.Ordinal);

    /// <summary>Splits a space-separated <c>scope</c> value; empty or missing means none.</summary>
    public static IReadOnlyList<string> Parse(string? scope)
        => (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
}

namespace DexApi.Application.Common.Abstractions;

/// <summary>
/// Seals paging cursors so that callers can neither read nor forge them. A cursor sealed for one listing
/// does not open for another.
/// </summary>
public interface IPageTokenProtector
{
    string Protect(string purpose, string payload);

    /// <summary>Returns null when the token was not sealed by this service for <paramref name="purpose"/>.</summary>
    string? Unprotect(string purpose, string token);
}

using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;

namespace DexApi.Domain.Users;

/// <summary>One bare email address, lower-cased, as users are stored and looked up.</summary>
public sealed record EmailAddress
{
    /// <summary>The longest address SMTP can carry (RFC 5321 path limit less the angle brackets).</summary>
    public const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// Accepts only a bare address: no display name, no surrounding white space, no comments.
    /// A dot in the domain is not required (<c>a@b</c> is valid), as in Dex.
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out EmailAddress? email)
    {
        email = null;
        if (string.IsNullOrEmpty(input) || input.Length > MaxLength)
        {
            return false;
        }

        if (!MailAddress.TryCreate(input, out var parsed)
            || parsed.DisplayName.Length != 0
            || !string.Equals(parsed.Address, input, StringComparison.Ordinal))
        {
            return false;
        }

        email = new EmailAddress(input.ToLowerInvariant());
        return true;
    }

    public override string ToString() => Value;
}

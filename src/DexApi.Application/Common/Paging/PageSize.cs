using System.Globalization;

namespace DexApi.Application.Common.Paging;

/// <summary>The <c>maxResults</c> rules shared by every listing.</summary>
public static class PageSize
{
    public const int Default = 20;
    public const int Max = 100;

    /// <summary>
    /// Reads <c>maxResults</c> as Dex did: an optional sign, then digits. Missing or empty means the default.
    /// An integer too large for <see cref="int"/> is still an integer: it reads as <see cref="int.MaxValue"/>
    /// (or <see cref="int.MinValue"/>), so that the range checks, not the syntax check, reject it.
    /// </summary>
    public static bool TryParse(string? value, out int size)
    {
        if (string.IsNullOrEmpty(value))
        {
            size = Default;
            return true;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out size))
        {
            return true;
        }

        var digits = value[0] is '+' or '-' ? value.AsSpan(1) : value.AsSpan();
        if (digits.Length == 0 || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        size = value[0] == '-' ? int.MinValue : int.MaxValue;
        return true;
    }
}

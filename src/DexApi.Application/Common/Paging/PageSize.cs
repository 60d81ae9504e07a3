using System.Globalization;

namespace DexApi.Application.Common.Paging;

/// <summary>The <c>maxResults</c> rules shared by every listing.</summary>
public static class PageSize
{
    public const int Default = 20;
    public const int Max = 100;

    /// <summary>
    /// Reads <c>maxResults</c> as Dex did: an optional sign, then digits. Missing or empty means the default.
    /// </summary>
    public static bool TryParse(string? value, out int size)
    {
        if (string.IsNullOrEmpty(value))
        {
            size = Default;
            return true;
        }

        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out size);
    }
}

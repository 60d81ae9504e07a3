using System.Text.Json;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;

namespace DexApi.Application.Common.Paging;

/// <summary>
/// A keyset position: the page size and the sort key of the last item shown. Sealed by
/// <see cref="IPageTokenProtector"/>, so a caller can neither read it nor raise the page size past the limit.
/// </summary>
public sealed record PageCursor(int MaxResults, string After)
{
    public string Seal(IPageTokenProtector protector, string purpose)
        => protector.Protect(purpose, JsonSerializer.Serialize(this));

    /// <summary>Opens a cursor; a token that is forged, damaged or from another listing is a 400.</summary>
    public static PageCursor Open(IPageTokenProtector protector, string purpose, string token)
    {
        var payload = protector.Unprotect(purpose, token);
        var cursor = payload is null ? null : TryDeserialize(payload);
        if (cursor is null || cursor.MaxResults is < 1 or > PageSize.Max)
        {
            throw new ValidationException(ErrorCodes.InvalidRequest, ErrorDescriptions.InvalidPageToken);
        }

        return cursor;
    }

    private static PageCursor? TryDeserialize(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<PageCursor>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

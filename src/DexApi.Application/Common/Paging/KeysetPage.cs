using DexApi.Application.Common.Abstractions;

namespace DexApi.Application.Common.Paging;

/// <summary>Reads one page of a listing ordered by a unique key, and seals the cursor of the next.</summary>
public static class KeysetPage
{
    /// <param name="protector">Seals and opens cursors.</param>
    /// <param name="purpose">Names the listing, so that its cursors open nowhere else.</param>
    /// <param name="maxResults">The raw, already validated <c>maxResults</c>.</param>
    /// <param name="pageToken">The previous page's cursor; its page size wins over <paramref name="maxResults"/>.</param>
    /// <param name="fetch">Reads up to <c>limit</c> rows after a key (or from the start).</param>
    /// <param name="keyOf">The sort key of a row.</param>
    public static async Task<Page<T>> ReadAsync<T>(
        IPageTokenProtector protector,
        string purpose,
        string? maxResults,
        string? pageToken,
        Func<string?, int, Task<IReadOnlyList<T>>> fetch,
        Func<T, string> keyOf)
    {
        var cursor = string.IsNullOrEmpty(pageToken) ? null : PageCursor.Open(protector, purpose, pageToken);
        var size = cursor?.MaxResults
            ?? (PageSize.TryParse(maxResults, out var requested) ? requested : PageSize.Default);

        // One row more than the page tells whether another page follows, without counting.
        var rows = await fetch(cursor?.After, size + 1);

        var items = rows.Take(size).ToList();
        var nextPageToken = rows.Count > size
            ? new PageCursor(size, keyOf(items[^1])).Seal(protector, purpose)
            : null;
        return new Page<T>(items, nextPageToken);
    }
}

/// <summary>The rows of one page and the cursor of the next, if there is one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextPageToken);

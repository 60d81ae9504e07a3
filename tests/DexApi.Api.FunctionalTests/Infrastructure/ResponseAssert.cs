using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace DexApi.Api.FunctionalTests.Infrastructure;

/// <summary>Checks of whole response bodies: status, media type, and the JSON itself, key by key.</summary>
public static class ResponseAssert
{
    /// <summary>Asserts the status and <c>application/json</c>, and returns the parsed body.</summary>
    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response, HttpStatusCode expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == expectedStatus,
            $"expected {(int)expectedStatus}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        // Parsing the whole text also proves that nothing follows the first JSON value.
        return JsonNode.Parse(body)!;
    }

    /// <summary>Asserts a Dex error response: the status, and a body that is exactly one error object.</summary>
    public static async Task ErrorAsync(
        HttpResponseMessage response,
        HttpStatusCode expectedStatus,
        string error,
        string description)
    {
        var body = await JsonAsync(response, expectedStatus);
        Equal(new JsonObject { ["error"] = error, ["error_description"] = description }, body);
    }

    /// <summary>Deep equality: same keys (none missing, none extra), same values and types, arrays in order.</summary>
    public static void Equal(JsonNode expected, JsonNode? actual)
        => Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"JSON differs.\nexpected: {expected.ToJsonString()}\nactual:   {actual?.ToJsonString()}");

    /// <summary>The user object of the wire contract, every field present.</summary>
    public static JsonObject User(
        string id,
        string email,
        string displayName,
        bool emailVerified,
        bool admin,
        bool disabled,
        string createdAt)
        => new()
        {
            ["id"] = id,
            ["email"] = email,
            ["displayName"] = displayName,
            ["emailVerified"] = emailVerified,
            ["admin"] = admin,
            ["disabled"] = disabled,
            ["createdAt"] = createdAt,
        };

    /// <summary>The user object as the API must show a stored row.</summary>
    public static JsonObject User(UserRow row)
        => User(
            row.Id,
            row.Email,
            row.DisplayName,
            row.EmailVerified == 1,
            row.Admin == 1,
            row.Disabled == 1,
            DateTimeOffset.FromUnixTimeSeconds(row.CreatedAt).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>
    /// Asserts that <paramref name="createdAt"/> is RFC 3339 in UTC with whole seconds and a <c>Z</c>, and
    /// lies between the two instants (taken around the request).
    /// </summary>
    public static void CreatedBetween(string? createdAt, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", createdAt);
        var instant = DateTimeOffset.ParseExact(createdAt!, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var floor = notBefore.AddTicks(-(notBefore.Ticks % TimeSpan.TicksPerSecond));
        Assert.InRange(instant, floor, notAfter);
    }
}

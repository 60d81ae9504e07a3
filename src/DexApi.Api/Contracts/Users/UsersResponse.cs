using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Users;

/// <summary>A page of users; <c>nextPageToken</c> is absent on the last page.</summary>
/// <param name="Users">The users of this page, in email order.</param>
/// <param name="NextPageToken">The token of the next page; absent on the last page.</param>
public sealed record UsersResponse(
    [property: JsonPropertyName("users")] IReadOnlyList<User> Users,
    [property: JsonPropertyName("nextPageToken")] string? NextPageToken);

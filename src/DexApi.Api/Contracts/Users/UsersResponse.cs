using System.Text.Json.Serialization;
using DexApi.Application.Users;

namespace DexApi.Api.Contracts.Users;

/// <summary>A page of users; <c>nextPageToken</c> is absent on the last page.</summary>
public sealed record UsersResponse(
    [property: JsonPropertyName("users")] IReadOnlyList<UserDto> Users,
    [property: JsonPropertyName("nextPageToken")] string? NextPageToken);

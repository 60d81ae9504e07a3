namespace DexApi.Application.Users.Queries.ListUsers;

/// <summary>A page of users and, unless it is the last, the token of the next page.</summary>
public sealed record UsersPageDto(IReadOnlyList<UserDto> Users, string? NextPageToken);

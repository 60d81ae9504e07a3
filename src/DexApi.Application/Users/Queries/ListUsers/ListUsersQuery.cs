using MediatR;

namespace DexApi.Application.Users.Queries.ListUsers;

/// <summary>One page of users in email order.</summary>
/// <param name="MaxResults">The raw <c>maxResults</c> query value: 1 to 100, 20 when absent.</param>
/// <param name="NextPageToken">The cursor from the previous page; its page size wins over <c>maxResults</c>.</param>
public sealed record ListUsersQuery(string? MaxResults, string? NextPageToken) : IRequest<UsersPageDto>;

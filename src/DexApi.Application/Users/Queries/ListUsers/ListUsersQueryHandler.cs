using AutoMapper;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Paging;
using MediatR;

namespace DexApi.Application.Users.Queries.ListUsers;

public sealed class ListUsersQueryHandler(IUserRepository users, IPageTokenProtector protector, IMapper mapper)
    : IRequestHandler<ListUsersQuery, UsersPageDto>
{
    private const string CursorPurpose = "users-by-email";

    public async Task<UsersPageDto> Handle(ListUsersQuery request, CancellationToken cancellationToken)
    {
        var cursor = string.IsNullOrEmpty(request.NextPageToken)
            ? null
            : PageCursor.Open(protector, CursorPurpose, request.NextPageToken);
        var size = cursor?.MaxResults
            ?? (PageSize.TryParse(request.MaxResults, out var requested) ? requested : PageSize.Default);

        // One row more than the page tells whether another page follows, without counting.
        var rows = await users.ListByEmailAsync(cursor?.After, size + 1, cancellationToken);

        var page = rows.Take(size).Select(mapper.Map<UserDto>).ToList();
        var nextPageToken = rows.Count > size
            ? new PageCursor(size, page[^1].Email).Seal(protector, CursorPurpose)
            : null;
        return new UsersPageDto(page, nextPageToken);
    }
}

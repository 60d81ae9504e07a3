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
        var page = await KeysetPage.ReadAsync(
            protector,
            CursorPurpose,
            request.MaxResults,
            request.NextPageToken,
            (after, limit) => users.ListByEmailAsync(after, limit, cancellationToken),
            user => user.Email);
        return new UsersPageDto(page.Items.Select(mapper.Map<UserDto>).ToList(), page.NextPageToken);
    }
}

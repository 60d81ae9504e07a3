using DexApi.Application.Common.Paging;
using FluentValidation;

namespace DexApi.Application.Users.Queries.ListUsers;

public sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersQueryValidator()
    {
        RuleFor(query => query.MaxResults).MustBeAValidPageSize();
    }
}

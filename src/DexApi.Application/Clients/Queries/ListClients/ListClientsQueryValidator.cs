using DexApi.Application.Common.Paging;
using FluentValidation;

namespace DexApi.Application.Clients.Queries.ListClients;

public sealed class ListClientsQueryValidator : AbstractValidator<ListClientsQuery>
{
    public ListClientsQueryValidator()
    {
        RuleFor(query => query.MaxResults).MustBeAValidPageSize();
    }
}

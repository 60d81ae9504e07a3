using AutoMapper;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using MediatR;

namespace DexApi.Application.Users.Queries.GetUserById;

public sealed class GetUserByIdQueryHandler(IUserRepository users, IMapper mapper)
    : IRequestHandler<GetUserByIdQuery, UserDto>
{
    public async Task<UserDto> Handle(GetUserByIdQuery request, CancellationToken cancellationToken)
    {
        var user = await users.GetByIdAsync(request.Id, cancellationToken)
            ?? throw new NotFoundException(ErrorCodes.ResourceNotFound, ErrorDescriptions.ResourceNotFound);
        return mapper.Map<UserDto>(user);
    }
}

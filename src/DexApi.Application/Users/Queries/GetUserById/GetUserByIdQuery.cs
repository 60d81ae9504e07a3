using MediatR;

namespace DexApi.Application.Users.Queries.GetUserById;

/// <summary>Gets one user by id; ids are compared case-sensitively.</summary>
public sealed record GetUserByIdQuery(string Id) : IRequest<UserDto>;

using System.Text.Json.Serialization;
using DexApi.Application.Users;

namespace DexApi.Api.Contracts.Users;

/// <summary>One user.</summary>
public sealed record UserResponse([property: JsonPropertyName("user")] UserDto User);

using System.Globalization;
using AutoMapper;
using DexApi.Domain.Users;

namespace DexApi.Application.Users;

/// <summary>Maps the flat <see cref="User"/> entity to what the API shows; the password never leaves.</summary>
public sealed class UserMappingProfile : Profile
{
    public UserMappingProfile()
    {
        CreateMap<User, UserDto>()
            .ForMember(dto => dto.CreatedAt, options => options.MapFrom(user => FormatTimestamp(user.CreatedAt)));
    }

    /// <summary>RFC 3339 in UTC with whole seconds and a <c>Z</c>, as Dex wrote it.</summary>
    public static string FormatTimestamp(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

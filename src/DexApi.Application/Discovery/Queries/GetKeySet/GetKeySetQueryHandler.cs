using DexApi.Application.Common.Abstractions;
using MediatR;

namespace DexApi.Application.Discovery.Queries.GetKeySet;

public sealed class GetKeySetQueryHandler(IPublicKeySet keys) : IRequestHandler<GetKeySetQuery, KeySetDto>
{
    public Task<KeySetDto> Handle(GetKeySetQuery request, CancellationToken cancellationToken)
    {
        var keySet = keys.GetPublicKeys()
            .Select(key => new JsonWebKeyDto("RSA", "sig", "RS256", key.KeyId, key.Modulus, key.Exponent))
            .ToList();
        return Task.FromResult(new KeySetDto(keySet));
    }
}

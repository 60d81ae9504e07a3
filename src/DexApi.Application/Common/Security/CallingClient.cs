using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Clients;

namespace DexApi.Application.Common.Security;

/// <summary>Loads the client that made the current request and checks redirect URLs against it.</summary>
public sealed class CallingClient(ICurrentCaller caller, IClientRepository clients)
{
    /// <summary>
    /// Returns the calling client once <paramref name="redirectUrl"/> is proved to be one of its redirect
    /// URIs. Runs before anything is written, so a bad URL changes nothing.
    /// </summary>
    public async Task<Client> RequireRedirectUrlAsync(string? redirectUrl, CancellationToken cancellationToken)
    {
        var client = string.IsNullOrEmpty(caller.ClientId)
            ? null
            : await clients.GetByIdAsync(caller.ClientId, cancellationToken);
        if (client is null)
        {
            throw new ValidationException(ErrorCodes.InvalidClient, ErrorDescriptions.CallingClientMissing);
        }

        if (string.IsNullOrEmpty(redirectUrl) || !client.HasRedirectUri(redirectUrl))
        {
            throw new ValidationException(ErrorCodes.InvalidRedirectUrl, ErrorDescriptions.InvalidRedirectUrl);
        }

        return client;
    }
}

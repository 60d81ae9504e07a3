using DexApi.Application.Common.Abstractions;
using DexApi.Domain.Clients;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DexApi.Application.Clients.Commands.CreateClient;

public sealed partial class CreateClientCommandHandler(
    IClientRepository clients,
    ISecretHasher secretHasher,
    TimeProvider clock,
    ILogger<CreateClientCommandHandler> logger)
    : IRequestHandler<CreateClientCommand, ClientWithSecretDto>
{
    public async Task<ClientWithSecretDto> Handle(CreateClientCommand request, CancellationToken cancellationToken)
    {
        var redirectUris = request.RedirectUris!.Select(uri => uri!).ToList();
        var secret = ClientSecrets.Generate();
        var client = new Client
        {
            Id = ClientIds.Generate(redirectUris[0]),
            SecretDigest = secretHasher.Digest(secret),
            RedirectUris = redirectUris,
            CreatedAt = clock.GetUtcNow(),
        };
        await clients.AddAsync(client, cancellationToken);

        LogClientCreated(logger, client.Id);
        return new ClientWithSecretDto(client.Id, redirectUris, secret);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Client {ClientId} registered")]
    private static partial void LogClientCreated(ILogger logger, string clientId);
}

using DexApi.Api.FunctionalTests.Infrastructure;
// The namespace DexApi.Client hides the schema class's simple name in DexApi.* namespaces.
using ApiClient = DexApi.Client.Client;

namespace DexApi.Api.FunctionalTests.TypedClient;

/// <summary>The success path of every /api/v1/clients operation through DexApi.Client.</summary>
public sealed class ClientsClientTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    [Fact]
    public async Task CreateAsync_ReturnsTheClientWithASecretThatSignsIn()
    {
        // Arrange
        var token = await TypedClients.Tokens(fixture.Factory).RequestClientCredentialsTokenAsync();
        var clients = TypedClients.Clients(fixture.Factory, token.AccessToken);

        // Act
        var created = await clients.CreateAsync(new ApiClient
        {
            RedirectURIs = ["https://typed.example.org/callback", "https://typed.example.org/other"],
        });

        // Assert
        Assert.EndsWith("@typed.example.org", created.Id, StringComparison.Ordinal);
        Assert.Equal(["https://typed.example.org/callback", "https://typed.example.org/other"], created.RedirectURIs);
        Assert.False(string.IsNullOrEmpty(created.Secret));
        var own = await TypedClients.Tokens(fixture.Factory, created.Id, created.Secret)
            .RequestClientCredentialsTokenAsync();
        Assert.Equal("bearer", own.TokenType, ignoreCase: true);
    }

    [Fact]
    public async Task ListAsync_PagesThroughEveryClientInIdOrder_WhenFollowingNextPageToken()
    {
        // Arrange
        var token = await TypedClients.Tokens(fixture.Factory).RequestClientCredentialsTokenAsync();
        var clients = TypedClients.Clients(fixture.Factory, token.AccessToken);
        var createdIds = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await clients.CreateAsync(
                new ApiClient { RedirectURIs = [$"https://list{i}.example.org/cb"] });
            createdIds.Add(created.Id);
        }

        // Act
        var seen = new List<ApiClient>();
        string? pageToken = null;
        do
        {
            var page = await clients.ListAsync(maxResults: 1, nextPageToken: pageToken);
            Assert.Single(page.Clients);
            seen.AddRange(page.Clients);
            pageToken = page.NextPageToken;
        }
        while (pageToken is not null);

        // Assert
        var ids = seen.Select(client => client.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Subset(ids.ToHashSet(), createdIds.Append(DexApiFactory.AdminClientId).ToHashSet());
        Assert.Equal(
            [DexApiFactory.AdminRedirectUri, DexApiFactory.SecondRedirectUri],
            seen.Single(client => client.Id == DexApiFactory.AdminClientId).RedirectURIs);
    }
}

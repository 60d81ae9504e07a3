using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Users;

public sealed class CreateUserConcurrencyTests : IAsyncLifetime
{
    private readonly DexApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Create_AcceptsExactlyOne_WhenTenRequestsRaceForOneEmailInDifferentCases()
    {
        // Arrange
        var session = new ApiSession(_factory);
        var token = await session.PasswordTokenAsync();
        var spellings = new[]
        {
            "race@example.com", "Race@example.com", "RACE@example.com", "race@Example.com", "race@EXAMPLE.COM",
            "rAce@example.com", "raCe@example.com", "racE@example.com", "RaCe@ExAmPlE.cOm", "RACE@EXAMPLE.COM",
        };
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act
        var requests = spellings.Select(email => Task.Run(async () =>
        {
            var request = session.Authorized(HttpMethod.Post, "/api/v1/users", token, new
            {
                user = new { email, displayName = email },
                redirectURL = DexApiFactory.AdminRedirectUri,
            });
            await start.Task;
            return await session.Client.SendAsync(request);
        })).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(requests);

        // Assert
        var winners = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var losers = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Single(winners);
        Assert.Equal(9, losers.Count);
        foreach (var loser in losers)
        {
            await ResponseAssert.ErrorAsync(loser, HttpStatusCode.Conflict, "duplicate_email", "Email already in use.");
        }

        var winner = await ResponseAssert.JsonAsync(winners[0], HttpStatusCode.OK);
        var rows = (await UsersTable.ReadAllAsync(_factory)).Where(row => row.Email == "race@example.com").ToList();
        var row = Assert.Single(rows);
        Assert.Equal(winner["user"]!["id"]!.GetValue<string>(), row.Id);
        Assert.Equal(2, (await UsersTable.ReadAllAsync(_factory)).Count);
    }
}

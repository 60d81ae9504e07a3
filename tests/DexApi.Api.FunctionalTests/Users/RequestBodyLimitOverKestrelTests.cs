using System.Net;
using System.Text;
using DexApi.Api.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DexApi.Api.FunctionalTests.Users;

/// <summary>
/// A body without Content-Length can only be cut off while it is read, and only a real server does that
/// (the in-memory test server has no request size limit), so these tests run the service on Kestrel.
/// </summary>
public sealed class RequestBodyLimitOverKestrelTests : IAsyncLifetime
{
    private const int MaxBodyBytes = 64 * 1024;

    private readonly DexApiFactory _factory = new(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });

    public Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Create_Returns413InvalidRequestAndCreatesNothing_WhenChunkedBodyGrowsOver64KiB()
    {
        // Arrange
        var session = NewSession();
        var token = await session.PasswordTokenAsync();
        var email = "too-large-chunked@example.com";
        var request = session.Authorized(HttpMethod.Post, "/api/v1/users", token);
        request.Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(PaddedCreateBody(email, MaxBodyBytes + 1024))));
        request.Content.Headers.ContentType = new("application/json");

        // Act
        var response = await session.Client.SendAsync(request);

        // Assert
        Assert.Null(request.Content.Headers.ContentLength);
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "invalid_request", "request body is too large");
        Assert.Equal(0, await UsersTable.CountByEmailAsync(_factory, email));
    }

    [Fact]
    public async Task Create_Returns200_WhenChunkedBodyStaysWithin64KiB()
    {
        // Arrange: 1 KiB under the cap; Kestrel counts the chunk framing against the limit too, so a chunked
        // body of exactly 64 KiB is refused.
        var session = NewSession();
        var token = await session.PasswordTokenAsync();
        var email = "chunked-fits@example.com";
        var request = session.Authorized(HttpMethod.Post, "/api/v1/users", token);
        request.Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(PaddedCreateBody(email, MaxBodyBytes - 1024))));
        request.Content.Headers.ContentType = new("application/json");

        // Act
        var response = await session.Client.SendAsync(request);

        // Assert
        var body = await ResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(email, body["user"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_Returns413InvalidRequest_WhenDeclaredLengthIsOver64KiB()
    {
        // Arrange
        var session = NewSession();
        var token = await session.PasswordTokenAsync();
        var email = "too-large-declared@example.com";

        // Act
        var response = await session.PostRawAsync("/api/v1/users", token, PaddedCreateBody(email, MaxBodyBytes + 1));

        // Assert
        await ResponseAssert.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "invalid_request", "request body is too large");
        Assert.Equal(0, await UsersTable.CountByEmailAsync(_factory, email));
    }

    /// <summary>A session whose client talks to Kestrel on the port it picked.</summary>
    private ApiSession NewSession()
    {
        var session = new ApiSession(_factory);
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        session.Client.BaseAddress = new Uri(addresses.Addresses.Single());
        return session;
    }

    private static string PaddedCreateBody(string email, int totalBytes)
    {
        var body = $$"""{"user":{"email":"{{email}}"},"redirectURL":"{{DexApiFactory.AdminRedirectUri}}"}""";
        return body + new string(' ', totalBytes - Encoding.UTF8.GetByteCount(body));
    }

    /// <summary>A stream that does not tell its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

using System.Net;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.OpenApi;

/// <summary>
/// The committed document (docs/openapi/dexapi-v1.json), from which DexApi.Client is generated, must be the
/// one the service serves. After a deliberate API change, write it again with
/// <c>DEXAPI_WRITE_OPENAPI=1 dotnet test tests/DexApi.Api.FunctionalTests --filter OpenApiDocumentDriftTests</c>
/// and commit it with the change.
/// </summary>
public sealed class OpenApiDocumentDriftTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    public const string CommittedDocument = "docs/openapi/dexapi-v1.json";

    [Fact]
    public async Task ServedDocument_EqualsTheCommittedDocument()
    {
        // Arrange
        var path = RepositoryFiles.PathOf(CommittedDocument);

        // Act
        var response = await fixture.Session.Client.GetAsync("/swagger/v1/swagger.json");
        var served = (await response.Content.ReadAsStringAsync()).TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("DEXAPI_WRITE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var committed = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        Assert.True(
            committed == served,
            $"The served OpenAPI document differs from {CommittedDocument}; if the change is intended, run this "
            + "test with DEXAPI_WRITE_OPENAPI=1 and commit the file.\n" + FirstDifference(committed, served));
    }

    private static string FirstDifference(string committed, string served)
    {
        var committedLines = committed.Split('\n');
        var servedLines = served.Split('\n');
        for (var line = 0; line < Math.Max(committedLines.Length, servedLines.Length); line++)
        {
            var left = line < committedLines.Length ? committedLines[line] : "(end)";
            var right = line < servedLines.Length ? servedLines[line] : "(end)";
            if (left != right)
            {
                return $"line {line + 1}:\ncommitted: {left}\nserved:    {right}";
            }
        }

        return "";
    }
}

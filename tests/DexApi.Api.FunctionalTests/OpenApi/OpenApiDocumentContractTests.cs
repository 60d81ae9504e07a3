using System.Text.Json.Nodes;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.OpenApi;

/// <summary>
/// The served document against the original Dex API description (Compatibility/dex-api-v1.swagger.json, a
/// Swagger 2.0 rendering): same schemas and fields, same operations, ids, summaries and descriptions, plus
/// what the original left out: each error status the service answers, and the bearer scheme.
/// </summary>
public sealed class OpenApiDocumentContractTests(DexApiFixture fixture) : IClassFixture<DexApiFixture>
{
    public const string OriginalDescription = "tests/DexApi.Api.FunctionalTests/Compatibility/dex-api-v1.swagger.json";

    private static readonly string[] s_methods = ["get", "post", "put", "delete", "patch"];

    [Fact]
    public async Task Schemas_AreTheOriginalSchemasWithTheirFields()
    {
        // Arrange
        var original = OriginalDocument()["definitions"]!.AsObject();

        // Act
        var schemas = (await ServedDocumentAsync())["components"]!["schemas"]!.AsObject();

        // Assert
        Assert.Equal(original.Select(d => d.Key).Order(), schemas.Select(s => s.Key).Order());
        foreach (var (name, definition) in original)
        {
            var properties = definition!["properties"]!.AsObject();
            var served = schemas[name]!["properties"]!.AsObject();
            Assert.True(
                properties.Select(p => p.Key).Order().SequenceEqual(served.Select(p => p.Key).Order()),
                $"{name}: fields {string.Join(", ", served.Select(p => p.Key))}");
            foreach (var (field, property) in properties)
            {
                Assert.True(
                    TypeOf(property!) == TypeOf(served[field]!),
                    $"{name}.{field}: {TypeOf(property!)} in the description, {TypeOf(served[field]!)} served");
            }
        }

        Assert.Equal(
            original["RefreshClient"]!["description"]!.GetValue<string>(),
            Description(schemas["RefreshClient"]!));
        Assert.Equal(
            original["UserDisableRequest"]!["properties"]!["disable"]!["description"]!.GetValue<string>(),
            Description(schemas["UserDisableRequest"]!["properties"]!["disable"]!));
    }

    [Fact]
    public async Task Operations_AreTheOriginalOperationsWithTheirIdsTextsAndParameters()
    {
        // Arrange
        var original = OriginalDocument();
        var basePath = original["basePath"]!.GetValue<string>();

        // Act
        var served = await ServedDocumentAsync();

        // Assert
        var expected = Operations(original).Select(o => $"{o.Method} {basePath}{o.Path} {o.Operation["operationId"]}");
        var actual = Operations(served).Select(o => $"{o.Method} {o.Path} {o.Operation["operationId"]}");
        Assert.Equal(expected.Order(), actual.Order());
        foreach (var (method, path, operation) in Operations(original))
        {
            var servedOperation = served["paths"]![basePath + path]![method]!;
            var id = operation["operationId"]!.GetValue<string>();
            Assert.Equal(operation["summary"]!.GetValue<string>(), servedOperation["summary"]!.GetValue<string>());
            Assert.Equal(
                operation["description"]!.GetValue<string>(),
                servedOperation["description"]!.GetValue<string>());
            foreach (var parameter in operation["parameters"]!.AsArray().Select(p => p!))
            {
                AssertParameter(id, parameter, servedOperation);
            }

            var success = operation["responses"]!["200"]?["schema"];
            if (success is not null)
            {
                Assert.Equal(
                    TypeOf(success),
                    TypeOf(servedOperation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!));
            }
        }
    }

    [Theory]
    [InlineData("RefreshClient_List", new[] { 200, 401, 403, 500, 503 })]
    [InlineData("RefreshClient_Revoke", new[] { 200, 401, 403, 500, 503 })]
    [InlineData("Clients_List", new[] { 200, 400, 401, 403, 500, 503 })]
    [InlineData("Clients_Create", new[] { 200, 400, 401, 403, 413, 415, 500, 503 })]
    [InlineData("Users_List", new[] { 200, 400, 401, 403, 500, 503 })]
    [InlineData("Users_Create", new[] { 200, 400, 401, 403, 409, 413, 415, 500, 503 })]
    [InlineData("Users_Get", new[] { 200, 401, 403, 404, 500, 503 })]
    [InlineData("Users_Disable", new[] { 200, 400, 401, 403, 404, 413, 415, 500, 503 })]
    [InlineData("Users_ResendEmailInvitation", new[] { 200, 400, 401, 403, 404, 413, 415, 500, 503 })]
    public async Task Operation_ListsEachStatusItAnswers_WithTheErrorSchemaOnErrors(string operationId, int[] statuses)
    {
        // Act
        var operation = Operations(await ServedDocumentAsync())
            .Single(o => (string?)o.Operation["operationId"] == operationId);

        // Assert
        var responses = operation.Operation["responses"]!.AsObject();
        Assert.Equal(statuses.Select(s => s.ToString()), responses.Select(r => r.Key));
        foreach (var (status, response) in responses.Where(r => r.Key != "200"))
        {
            Assert.False(string.IsNullOrEmpty(Description(response!)), $"{operationId} {status} has no description");
            Assert.Equal(
                "#/components/schemas/Error",
                response!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Operations_AllRequireTheBearerScheme()
    {
        // Act
        var served = await ServedDocumentAsync();

        // Assert
        var scheme = served["components"]!["securitySchemes"]!["bearer"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
        Assert.All(Operations(served), o => Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse("""[{"bearer":[]}]"""), o.Operation["security"]),
            $"{o.Method} {o.Path}: {o.Operation["security"]?.ToJsonString()}"));
    }

    [Fact]
    public async Task RevokeSuccess_HasNoBody()
    {
        // Act
        var served = await ServedDocumentAsync();

        // Assert
        var ok = served["paths"]!["/api/v1/account/{userid}/refresh/{clientid}"]!["delete"]!["responses"]!["200"]!;
        Assert.Null(ok["content"]);
    }

    private static void AssertParameter(string operationId, JsonNode parameter, JsonNode servedOperation)
    {
        var name = parameter["name"]!.GetValue<string>();
        if (parameter["in"]!.GetValue<string>() == "body")
        {
            var body = servedOperation["requestBody"]!;
            Assert.True(body["required"]!.GetValue<bool>(), $"{operationId}: body not required");
            Assert.Equal(TypeOf(parameter["schema"]!), TypeOf(body["content"]!["application/json"]!["schema"]!));
            return;
        }

        var served = servedOperation["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!;
        Assert.Equal(parameter["in"]!.GetValue<string>(), served["in"]!.GetValue<string>());
        Assert.Equal(parameter["required"]!.GetValue<bool>(), served["required"]?.GetValue<bool>() ?? false);
        Assert.Equal(parameter["type"]!.GetValue<string>(), served["schema"]!["type"]!.GetValue<string>());
    }

    /// <summary>"string", "array of Client", "User": the same words for Swagger 2.0 and OpenAPI 3 schemas.</summary>
    private static string TypeOf(JsonNode schema)
    {
        if (schema["$ref"] is { } reference)
        {
            return reference.GetValue<string>().Split('/')[^1];
        }

        var type = schema["type"]!.GetValue<string>();
        return type == "array" ? "array of " + TypeOf(schema["items"]!) : type;
    }

    private static string? Description(JsonNode node) => node["description"]?.GetValue<string>();

    private static IEnumerable<(string Method, string Path, JsonNode Operation)> Operations(JsonNode document)
        => document["paths"]!.AsObject().SelectMany(path => s_methods
            .Where(method => path.Value![method] is not null)
            .Select(method => (method, path.Key, path.Value![method]!)));

    private static JsonNode OriginalDocument()
        => JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf(OriginalDescription)))!;

    private async Task<JsonNode> ServedDocumentAsync()
        => JsonNode.Parse(await fixture.Session.Client.GetStringAsync("/swagger/v1/swagger.json"))!;
}

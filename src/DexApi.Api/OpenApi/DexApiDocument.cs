using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors.Security;

namespace DexApi.Api.OpenApi;

/// <summary>
/// The OpenAPI document of the Dex REST API v1, served at <c>/swagger/v1/swagger.json</c>. It holds the
/// operations under <c>/api/v1</c> only: the token endpoint, discovery and the pages are OAuth 2.0 and OpenID
/// Connect, described by their own standards. <c>docs/openapi/dexapi-v1.json</c> is this document as committed,
/// and <c>DexApi.Client</c> is generated from that file.
/// </summary>
public static class DexApiDocument
{
    public const string Name = "v1";

    public const string BearerScheme = "bearer";

    public static void Configure(AspNetCoreOpenApiDocumentGeneratorSettings settings)
    {
        settings.DocumentName = Name;
        settings.Title = "Dex API";
        settings.Description = "The Dex REST API";
        settings.Version = "v1";
        settings.AddOperationFilter(context =>
            context.OperationDescription.Path.StartsWith("/api/v1/", StringComparison.Ordinal));
        settings.AddSecurity(BearerScheme, new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An ID or access token from POST /token.",
        });
        settings.OperationProcessors.Add(new AspNetCoreOperationSecurityScopeProcessor(BearerScheme));
        settings.OperationProcessors.Add(new ErrorResponseDescriptionsProcessor());
        // A property that refers to another schema and has a description stays a plain $ref (no oneOf).
        settings.SchemaSettings.AllowReferencesWithProperties = true;
        settings.PostProcess = PostProcess;
    }

    /// <summary>The same document on every host, so that a client generated once works against any node.</summary>
    public static void RemoveServers(OpenApiDocument document, HttpRequest request) => document.Servers.Clear();

    private static void PostProcess(OpenApiDocument document)
    {
        // Note: NJsonSchema closes records to other properties; the API ignores unknown names in requests
        // and may add fields to answers, as Dex did, so the schemas stay open as in the API description.
        foreach (var schema in document.Components.Schemas.Values)
        {
            schema.AllowAdditionalProperties = true;
        }

        foreach (var operation in document.Operations.Select(described => described.Operation))
        {
            var responses = operation.Responses.OrderBy(response => response.Key, StringComparer.Ordinal).ToList();
            operation.Responses.Clear();
            foreach (var (status, response) in responses)
            {
                operation.Responses.Add(status, response);
            }
        }
    }
}

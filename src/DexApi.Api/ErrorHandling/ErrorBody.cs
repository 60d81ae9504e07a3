using System.Text.Json.Serialization;
using NJsonSchema.Annotations;

namespace DexApi.Api.ErrorHandling;

/// <summary>The one error shape of the Dex API: a stable code and a text for people.</summary>
/// <param name="Error">The error code clients branch on.</param>
/// <param name="ErrorDescription">What went wrong, in words.</param>
[JsonSchema("Error")]
public sealed record ErrorBody(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription);

using System.Text.Json;

namespace DexApi.Client;

/// <summary>
/// Thrown for every answer that is not a success. The API's errors are always
/// <c>{"error": code, "error_description": text}</c>; <see cref="Error"/> is the code to branch on. Documented
/// error statuses throw <see cref="DexApiException{TResult}"/> of <c>Error</c>; others, such as a
/// proxy's 502, throw this class, and the body is read from <see cref="Response"/> when it is a Dex error.
/// </summary>
// Limitation: the generated Error class names its fields Error1 and Error_description (a class cannot have
// a member of its own name); callers read them here, as Error and ErrorDescription, instead.
public partial class DexApiException
{
    private (string? Error, string? Description)? _body;

    /// <summary>The error code, for example <c>invalid_request</c>; null when the body is not a Dex error.</summary>
    public string? Error => Body.Error;

    /// <summary>The error's description for people; null when the body is not a Dex error.</summary>
    public string? ErrorDescription => Body.Description;

    private (string? Error, string? Description) Body => _body ??= this is DexApiException<Error> { Result: { } error }
        ? (error.Error1, error.Error_description)
        : ReadBody(Response);

    private static (string? Error, string? Description) ReadBody(string? response)
    {
        if (string.IsNullOrEmpty(response))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(response);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? (StringOf(root, "error"), StringOf(root, "error_description"))
                : (null, null);
        }
        catch (JsonException)
        {
            // A proxy's HTML page, for example: the status and Response still tell what happened.
            return (null, null);
        }
    }

    private static string? StringOf(JsonElement body, string name)
        => body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

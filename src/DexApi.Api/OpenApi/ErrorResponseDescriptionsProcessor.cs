using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace DexApi.Api.OpenApi;

/// <summary>
/// Says in words when each error status happens. The statuses themselves come from the controllers'
/// <c>ProducesResponseType</c> attributes; this fills in the text the attributes cannot carry.
/// </summary>
public sealed class ErrorResponseDescriptionsProcessor : IOperationProcessor
{
    private static readonly Dictionary<string, string> s_descriptions = new()
    {
        ["400"] = "The request is invalid: a body that cannot be read, or a value the API refuses.",
        ["401"] = "No bearer token, or one that is invalid, expired, or of a disabled user.",
        ["403"] = "The token is valid but its holder may not do this.",
        ["404"] = "No such user.",
        ["409"] = "A user with this email already exists.",
        ["413"] = "The body is larger than 64 KiB.",
        ["415"] = "The body is not application/json.",
        ["500"] = "The server failed; the body reveals nothing more.",
        ["503"] = "The database cannot be reached for now; retry after the Retry-After header's seconds.",
    };

    public bool Process(OperationProcessorContext context)
    {
        foreach (var (status, response) in context.OperationDescription.Operation.Responses)
        {
            if (string.IsNullOrEmpty(response.Description) && s_descriptions.TryGetValue(status, out var text))
            {
                response.Description = text;
            }
        }

        return true;
    }
}

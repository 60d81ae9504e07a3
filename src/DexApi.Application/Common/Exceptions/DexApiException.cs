namespace DexApi.Application.Common.Exceptions;

/// <summary>A failure that the API reports to its caller as <c>{"error", "error_description"}</c>.</summary>
public abstract class DexApiException(string errorCode, string description, Exception? innerException = null)
    : Exception(description, innerException)
{
    /// <summary>The stable code clients branch on, one of <see cref="ErrorCodes"/>.</summary>
    public string ErrorCode { get; } = errorCode;

    /// <summary>Text for people; safe to show to the caller.</summary>
    public string Description { get; } = description;
}

namespace DexApi.Application.Common.Exceptions;

/// <summary>A dependency, such as the database, cannot be reached for now (503, with a hint when to retry).</summary>
public sealed class ServiceUnavailableException(string errorCode, string description, Exception? innerException = null)
    : DexApiException(errorCode, description, innerException);

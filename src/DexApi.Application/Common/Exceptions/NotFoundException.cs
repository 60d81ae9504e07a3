namespace DexApi.Application.Common.Exceptions;

/// <summary>The resource named by the request does not exist (404).</summary>
public sealed class NotFoundException(string errorCode, string description) : DexApiException(errorCode, description);

namespace DexApi.Application.Common.Exceptions;

/// <summary>The request would break a uniqueness rule (409).</summary>
public sealed class ConflictException(string errorCode, string description) : DexApiException(errorCode, description);

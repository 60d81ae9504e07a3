namespace DexApi.Application.Common.Exceptions;

/// <summary>The caller could not be identified (401).</summary>
public sealed class UnauthorizedException(string errorCode, string description) : DexApiException(errorCode, description);

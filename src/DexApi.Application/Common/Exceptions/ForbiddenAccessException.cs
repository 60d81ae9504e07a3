namespace DexApi.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this (403).</summary>
public sealed class ForbiddenAccessException(string errorCode, string description) : DexApiException(errorCode, description);

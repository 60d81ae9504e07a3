namespace DexApi.Application.Common.Exceptions;

/// <summary>The request is malformed or breaks a rule of the API (400).</summary>
public sealed class ValidationException(string errorCode, string description) : DexApiException(errorCode, description);

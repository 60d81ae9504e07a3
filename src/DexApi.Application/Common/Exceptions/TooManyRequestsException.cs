namespace DexApi.Application.Common.Exceptions;

/// <summary>The caller spent its request budget and should wait (429).</summary>
public sealed class TooManyRequestsException(string errorCode, string description) : DexApiException(errorCode, description);

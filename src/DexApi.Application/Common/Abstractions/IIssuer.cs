namespace DexApi.Application.Common.Abstractions;

/// <summary>The service's own issuer URL, the base of every link it hands out.</summary>
public interface IIssuer
{
    /// <summary>The issuer without a trailing slash, for example <c>https://id.example.com/dex</c>.</summary>
    string Url { get; }
}

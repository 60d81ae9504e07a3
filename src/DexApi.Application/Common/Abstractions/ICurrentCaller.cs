namespace DexApi.Application.Common.Abstractions;

/// <summary>Who sent the request being handled, as its verified bearer token says.</summary>
public interface ICurrentCaller
{
    /// <summary>The token's subject: a user id, or a client id for client tokens.</summary>
    string? Subject { get; }

    /// <summary>The client the token was issued to.</summary>
    string? ClientId { get; }
}

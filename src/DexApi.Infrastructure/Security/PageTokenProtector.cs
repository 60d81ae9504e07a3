using System.Buffers.Text;
using System.Text;
using DexApi.Application.Common.Abstractions;

namespace DexApi.Infrastructure.Security;

/// <summary>Seals paging cursors with AES-GCM under a key derived from the master key, bound to their listing.</summary>
public sealed class PageTokenProtector(MasterKey masterKey) : IPageTokenProtector
{
    private readonly Lazy<byte[]> _key = new(() => masterKey.Derive("dexapi/page-tokens"));

    public string Protect(string purpose, string payload)
        => Base64Url.EncodeToString(
            AuthenticatedEncryption.Seal(_key.Value, Encoding.UTF8.GetBytes(payload), Encoding.UTF8.GetBytes(purpose)));

    public string? Unprotect(string purpose, string token)
    {
        if (!Base64Url.IsValid(token))
        {
            return null;
        }

        var opened = AuthenticatedEncryption.Open(
            _key.Value,
            Base64Url.DecodeFromChars(token),
            Encoding.UTF8.GetBytes(purpose));
        return opened is null ? null : Encoding.UTF8.GetString(opened);
    }
}

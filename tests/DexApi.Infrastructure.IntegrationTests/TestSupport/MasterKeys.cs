using System.Security.Cryptography;
using DexApi.Infrastructure.Persistence;
using DexApi.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.IntegrationTests.TestSupport;

public static class MasterKeys
{
    /// <summary>A master key configured as base64 of 32 fresh random bytes; it never touches the disk.</summary>
    public static MasterKey CreateRandom()
        => Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Path.GetTempPath());

    public static MasterKey Create(string? configured, string dataDirectory) => new(
        Options.Create(new SecurityOptions { MasterKey = configured }),
        Options.Create(new DatabaseOptions { DataDirectory = dataDirectory }));
}

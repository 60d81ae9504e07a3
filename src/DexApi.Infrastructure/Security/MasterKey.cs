using System.Security.Cryptography;
using System.Text;
using DexApi.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.Security;

/// <summary>
/// The one secret kept outside the database. Purpose-bound keys are derived from it with HKDF, so that a
/// key used for one thing (say paging cursors) can never open another (say signing keys).
/// </summary>
public sealed class MasterKey(IOptions<SecurityOptions> security, IOptions<DatabaseOptions> database)
{
    private const int KeySize = 32;
    private const string FileName = "master.key";

    private readonly Lazy<byte[]> _key = new(() => Load(security.Value, database.Value));

    public byte[] Derive(string purpose)
        => HKDF.DeriveKey(HashAlgorithmName.SHA256, _key.Value, KeySize, salt: [], info: Encoding.UTF8.GetBytes(purpose));

    private static byte[] Load(SecurityOptions security, DatabaseOptions database)
    {
        if (!string.IsNullOrWhiteSpace(security.MasterKey))
        {
            return Decode(security.MasterKey, "Security:MasterKey");
        }

        var path = Path.Combine(database.DataDirectory, FileName);
        if (File.Exists(path))
        {
            return Decode(File.ReadAllText(path).Trim(), path);
        }

        Directory.CreateDirectory(database.DataDirectory);
        var key = RandomNumberGenerator.GetBytes(KeySize);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, Encoding.ASCII, options))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        // Written aside and moved into place, so that no process ever reads a half-written key; of two
        // processes starting at once, the first move wins and the other uses that key.
        try
        {
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Decode(File.ReadAllText(path).Trim(), path);
        }
    }

    private static byte[] Decode(string value, string source)
    {
        Span<byte> buffer = stackalloc byte[64];
        if (!Convert.TryFromBase64String(value, buffer, out var written) || written != KeySize)
        {
            throw new InvalidOperationException($"{source} must be the base64 of {KeySize} random bytes.");
        }

        return buffer[..written].ToArray();
    }
}

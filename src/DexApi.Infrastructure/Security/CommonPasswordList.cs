using DexApi.Application.Common.Abstractions;

namespace DexApi.Infrastructure.Security;

/// <summary>
/// The common-password list shipped in <c>Security/Data/common-passwords.txt</c>: Openwall's public-domain
/// list of about 3,500 passwords most often seen in leaks, loaded once. Lines starting with <c>#!</c> are comments.
/// </summary>
public sealed class CommonPasswordList : ICommonPasswords
{
    private static readonly Lazy<HashSet<string>> s_passwords = new(Load);

    public bool Contains(string password) => s_passwords.Value.Contains(password);

    private static HashSet<string> Load()
    {
        var resource = $"{typeof(CommonPasswordList).Namespace}.Data.common-passwords.txt";
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith("#!", StringComparison.Ordinal))
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}

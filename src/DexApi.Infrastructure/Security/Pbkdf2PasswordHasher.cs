using DexApi.Application.Common.Abstractions;
using Microsoft.AspNetCore.Identity;

namespace DexApi.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher: versioned, salted, and it flags hashes made with weaker settings.</summary>
public sealed class Pbkdf2PasswordHasher : IPasswordHasher
{
    private static readonly PasswordHasher<object> s_hasher = new();
    private static readonly object s_user = new();

    // Note: a real hash of a random password, checked when there is no stored hash, so that an unknown
    // account costs the same time as a wrong password.
    private static readonly Lazy<string> s_decoyHash = new(() => s_hasher.HashPassword(s_user, Guid.NewGuid().ToString()));

    public string Hash(string password) => s_hasher.HashPassword(s_user, password);

    public PasswordCheck Verify(string? hash, string password)
    {
        if (hash is null)
        {
            s_hasher.VerifyHashedPassword(s_user, s_decoyHash.Value, password);
            return PasswordCheck.Failed;
        }

        return s_hasher.VerifyHashedPassword(s_user, hash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Succeeded,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
            _ => PasswordCheck.Failed,
        };
    }
}

namespace DexApi.Application.Common.Abstractions;

/// <summary>A slow, salted hash for passwords that people choose.</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>
    /// Checks a password. A null <paramref name="hash"/> (no such user, or no password yet) fails, but only
    /// after as much work as a real check, so that timing does not reveal which accounts exist.
    /// </summary>
    PasswordCheck Verify(string? hash, string password);
}

/// <summary>The outcome of checking a password against a stored hash.</summary>
public enum PasswordCheck
{
    /// <summary>The password does not match.</summary>
    Failed,

    /// <summary>The password matches.</summary>
    Succeeded,

    /// <summary>The password matches, but the hash uses older settings and should be replaced.</summary>
    SucceededRehashNeeded,
}

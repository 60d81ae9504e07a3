namespace DexApi.Application.Common.Abstractions;

/// <summary>Passwords seen so often in breaches that guessing tries them first.</summary>
public interface ICommonPasswords
{
    /// <summary>Compared without regard to case.</summary>
    bool Contains(string password);
}

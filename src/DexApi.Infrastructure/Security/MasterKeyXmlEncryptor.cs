using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace DexApi.Infrastructure.Security;

/// <summary>Encrypts Data Protection keys with AES-GCM under a key derived from the master key.</summary>
public sealed class MasterKeyXmlEncryptor(MasterKey masterKey) : IXmlEncryptor
{
    internal const string Purpose = "dexapi/data-protection-keys";
    internal const string ElementName = "dexapiEncryptedKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var sealedXml = AuthenticatedEncryption.Seal(
            masterKey.Derive(Purpose),
            Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)),
            Encoding.UTF8.GetBytes(ElementName));
        return new EncryptedXmlInfo(
            new XElement(ElementName, Convert.ToBase64String(sealedXml)),
            typeof(MasterKeyXmlDecryptor));
    }
}

/// <summary>Decrypts what <see cref="MasterKeyXmlEncryptor"/> wrote; Data Protection creates it by type.</summary>
public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var masterKey = services.GetRequiredService<MasterKey>();
        var plaintext = AuthenticatedEncryption.Open(
            masterKey.Derive(MasterKeyXmlEncryptor.Purpose),
            Convert.FromBase64String(encryptedElement.Value),
            Encoding.UTF8.GetBytes(MasterKeyXmlEncryptor.ElementName))
            ?? throw new InvalidOperationException(
                "A Data Protection key cannot be decrypted: the master key differs from the one that sealed it.");
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}

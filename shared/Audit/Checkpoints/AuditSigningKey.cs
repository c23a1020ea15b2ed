using System.Security.Cryptography;

namespace AiSec.Shared.Audit.Checkpoints;

/// <summary>The ECDSA P-256 key that signs checkpoints (SHA-256, IEEE P1363 r||s signatures).</summary>
public sealed class AuditSigningKey : IDisposable
{
    private readonly ECDsa _key;

    private AuditSigningKey(ECDsa key)
    {
        _key = key;
        PublicKey = AuditPublicKey.FromECDsa(key);
    }

    public AuditPublicKey PublicKey { get; }

    public string KeyId => PublicKey.KeyId;

    public static AuditSigningKey Create() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Reads a PEM private key (PKCS#8 or SEC1 "EC PRIVATE KEY"); it must be on curve P-256.</summary>
    public static AuditSigningKey FromPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.KeySize != 256)
            {
                throw new CryptographicException($"the audit signing key must be ECDSA P-256, not a {key.KeySize}-bit key");
            }

            _ = key.ExportParameters(includePrivateParameters: true);
            return new AuditSigningKey(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    public string ExportPrivateKeyPem() => _key.ExportPkcs8PrivateKeyPem();

    public byte[] Sign(ReadOnlySpan<byte> data) => _key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public void Dispose()
    {
        _key.Dispose();
        PublicKey.Dispose();
    }
}

/// <summary>The public half, which auditors get with <c>aisec audit public-key</c> to verify exports offline.</summary>
public sealed class AuditPublicKey : IDisposable
{
    private readonly ECDsa _key;

    private AuditPublicKey(ECDsa key, string pem, string keyId)
    {
        _key = key;
        Pem = pem;
        KeyId = keyId;
    }

    /// <summary>SubjectPublicKeyInfo PEM (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    public string Pem { get; }

    /// <summary>First 16 hex characters of SHA-256 over the SubjectPublicKeyInfo DER; checkpoints name their key by it.</summary>
    public string KeyId { get; }

    public static AuditPublicKey FromECDsa(ECDsa key)
    {
        var spki = key.ExportSubjectPublicKeyInfo();
        var copy = ECDsa.Create();
        copy.ImportSubjectPublicKeyInfo(spki, out _);
        return new AuditPublicKey(copy, copy.ExportSubjectPublicKeyInfoPem(), Convert.ToHexStringLower(SHA256.HashData(spki))[..16]);
    }

    /// <summary>Reads a public key PEM, or takes the public half of a private key PEM.</summary>
    public static AuditPublicKey FromPem(string pem)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(pem);
        if (key.KeySize != 256)
        {
            throw new CryptographicException($"the audit public key must be ECDSA P-256, not a {key.KeySize}-bit key");
        }

        return FromECDsa(key);
    }

    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        _key.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public void Dispose() => _key.Dispose();
}

using System.Security.Cryptography;
using System.Text;

namespace AiSec.Guardrail.Keys;

/// <summary>
/// Key format <c>aisec_{keyId}_{secret}</c>: the id finds the stored hash in O(1); the 256-bit random secret is
/// verified against SHA-256(salt ‖ secret) in constant time. A fast hash is enough for random 256-bit secrets
/// (there is nothing to brute-force), and keeps verification off the request's critical path.
/// </summary>
public static class ApiKeys
{
    private const string Prefix = "aisec_";

    public static (string Key, StoredApiKey Stored) Create(string app, DateTimeOffset now)
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var stored = new StoredApiKey { KeyId = keyId, App = app, Salt = salt, Hash = Hash(salt, secret), CreatedAt = now };
        return ($"{Prefix}{keyId}_{secret}", stored);
    }

    public static bool TryParse(string? key, out string keyId, out string secret)
    {
        keyId = secret = "";
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = key.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator <= 0 || separator == rest.Length - 1)
        {
            return false;
        }

        keyId = rest[..separator].ToString();
        secret = rest[(separator + 1)..].ToString();
        return true;
    }

    public static bool Verify(StoredApiKey stored, string secret) =>
        CryptographicOperations.FixedTimeEquals(Convert.FromHexString(stored.Hash), Convert.FromHexString(Hash(stored.Salt, secret)));

    private static string Hash(string salt, string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

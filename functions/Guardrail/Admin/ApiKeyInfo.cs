using AiSec.Guardrail.Keys;

namespace AiSec.Guardrail.Admin;

/// <summary>An API key as people and audit records see it: id, app and dates, never its salt or hash.</summary>
public sealed record ApiKeyInfo(string KeyId, string App, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool Active => RevokedAt is null;

    internal static ApiKeyInfo From(StoredApiKey key) => new(key.KeyId, key.App, key.CreatedAt, key.RevokedAt);
}

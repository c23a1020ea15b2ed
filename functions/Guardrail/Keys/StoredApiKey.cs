namespace AiSec.Guardrail.Keys;

/// <summary>An API key as stored: never the key itself, only a salted SHA-256 of its secret part.</summary>
public sealed record StoredApiKey
{
    public required string KeyId { get; init; }

    public required string App { get; init; }

    public required string Salt { get; init; }

    public required string Hash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }
}

namespace AiSec.Risk.Assessment;

/// <summary>A person's statement that a control nothing can observe is in place for an asset, until it expires.</summary>
public sealed record Attestation(string AssetId, string Control, string AttestedBy, DateTimeOffset AttestedAt, DateTimeOffset? ExpiresAt)
{
    public bool IsValid(DateTimeOffset now) => ExpiresAt is null || ExpiresAt > now;
}

namespace AiSec.Risk.Admin;

/// <summary>A person states that <see cref="Control"/> is in place for an asset, until <see cref="ExpiresAt"/> (never, when null).</summary>
public sealed record AttestationRequest(string AssetId, string Control, string AttestedBy, DateTimeOffset? ExpiresAt = null);

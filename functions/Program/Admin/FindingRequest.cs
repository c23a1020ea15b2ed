namespace AiSec.Program.Admin;

/// <summary>A finding of engagement <see cref="EngagementId"/>; <see cref="AssetId"/> and <see cref="DueAt"/> are optional.</summary>
public sealed record FindingRequest(string EngagementId, string Title, string Severity, string? AssetId = null, DateTimeOffset? DueAt = null);

namespace AiSec.Program.RedTeam;

/// <summary>
/// A weakness a red-team engagement found. Open until remediated; an open finding past <see cref="DueAt"/> is an
/// overdue action.
/// </summary>
public sealed record RedTeamFinding(
    string Id,
    string EngagementId,
    string Title,
    string Severity,
    string? AssetId,
    DateTimeOffset? DueAt,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    DateTimeOffset? RemediatedAt = null,
    string? RemediatedBy = null,
    string? RemediationNote = null)
{
    public bool IsRemediated => RemediatedAt is not null;

    public bool IsOverdue(DateTimeOffset now) => !IsRemediated && DueAt is { } due && due < now;
}

/// <summary>Finding severities, most severe first.</summary>
public static class FindingSeverity
{
    public static IReadOnlyList<string> All { get; } = ["critical", "high", "medium", "low"];
}

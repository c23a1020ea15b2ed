namespace AiSec.Program.RedTeam;

/// <summary>A red-team exercise that took place: what, when, who led it, and which registered assets it covered.</summary>
public sealed record RedTeamEngagement(
    string Id, string Name, DateTimeOffset Date, string Lead, IReadOnlyList<string> Scope, DateTimeOffset RecordedAt, string RecordedBy);

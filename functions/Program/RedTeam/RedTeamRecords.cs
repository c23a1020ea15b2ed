using AiSec.Shared.Storage;

namespace AiSec.Program.RedTeam;

/// <summary>Red-team engagements and findings, for reading (<see cref="Admin.RedTeamAdmin"/> writes them).</summary>
public sealed class RedTeamRecords(AiSecStorage storage)
{
    private readonly RedTeamStore _store = new(storage);

    /// <summary>Engagements, newest first.</summary>
    public async Task<IReadOnlyList<RedTeamEngagement>> EngagementsAsync(CancellationToken cancellationToken) =>
        [.. (await _store.EngagementsAsync(cancellationToken)).OrderByDescending(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>Findings, open ones first, then by severity.</summary>
    public async Task<IReadOnlyList<RedTeamFinding>> FindingsAsync(CancellationToken cancellationToken) =>
        [.. (await _store.FindingsAsync(cancellationToken))
            .OrderBy(f => f.IsRemediated)
            .ThenBy(f => FindingSeverity.All.ToList().IndexOf(f.Severity))
            .ThenBy(f => f.RecordedAt)];
}

using AiSec.Shared.Storage;

namespace AiSec.Program.RedTeam;

/// <summary>
/// Table <c>redteam</c>: engagements in partition <c>engagement</c>, findings in partition <c>finding</c>, each row
/// keyed by its id. Internal: records change only through <see cref="Admin.RedTeamAdmin"/>.
/// </summary>
internal sealed class RedTeamStore(AiSecStorage storage)
{
    private const string EngagementPartition = "engagement";
    private const string FindingPartition = "finding";

    private readonly JsonDocumentTable<RedTeamEngagement> _engagements = new(storage.Table(StorageNames.Tables.RedTeam));
    private readonly JsonDocumentTable<RedTeamFinding> _findings = new(storage.Table(StorageNames.Tables.RedTeam));

    public Task SaveAsync(RedTeamEngagement engagement, CancellationToken cancellationToken) =>
        _engagements.SaveAsync(EngagementPartition, engagement.Id, engagement, cancellationToken);

    public Task SaveAsync(RedTeamFinding finding, CancellationToken cancellationToken) =>
        _findings.SaveAsync(FindingPartition, finding.Id, finding, cancellationToken);

    public Task<RedTeamEngagement?> GetEngagementAsync(string id, CancellationToken cancellationToken) =>
        _engagements.GetAsync(EngagementPartition, id, cancellationToken);

    public Task<RedTeamFinding?> GetFindingAsync(string id, CancellationToken cancellationToken) =>
        _findings.GetAsync(FindingPartition, id, cancellationToken);

    public Task<IReadOnlyList<RedTeamEngagement>> EngagementsAsync(CancellationToken cancellationToken) =>
        _engagements.ListAsync(EngagementPartition, cancellationToken);

    public Task<IReadOnlyList<RedTeamFinding>> FindingsAsync(CancellationToken cancellationToken) =>
        _findings.ListAsync(FindingPartition, cancellationToken);
}

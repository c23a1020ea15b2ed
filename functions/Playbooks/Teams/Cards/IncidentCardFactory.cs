using AiSec.Playbooks.Approvals;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Notifications;
using AiSec.Risk.Assessment;
using AiSec.Shared.Assets;
using AiSec.Shared.Storage;

namespace AiSec.Playbooks.Teams.Cards;

/// <summary>
/// Gathers what a notice's card shows — the incident, its assets' names and latest risk levels, its evidence, and a
/// fresh signed approval link when the notice asks for a decision — and draws it with <see cref="IncidentCardBuilder"/>.
/// </summary>
public sealed class IncidentCardFactory(IncidentRecorder incidents, AssetStore assets, RiskScores risk, ApprovalService approvals, AiSecStorage storage)
{
    public async Task<AdaptiveCard> BuildAsync(IncidentNotice notice, CancellationToken cancellationToken)
    {
        var incident = await incidents.GetAsync(notice.IncidentId, cancellationToken);
        var affected = new List<AffectedAsset>();
        foreach (var id in incident.AffectedAssets.Take(25))
        {
            var asset = await assets.FindAsync(id, cancellationToken);
            var latest = await risk.LatestAsync(id, cancellationToken);
            affected.Add(new AffectedAsset(id, asset?.Name is { Length: > 0 } name ? name : id, latest?.Result.RiskLevel));
        }

        var evidence = storage.Container(StorageNames.Containers.Evidence);
        var links = incident.Evidence.Select(e => new EvidenceLink(e.Name, e.Sha256, evidence.GetBlobClient(e.Blob).Uri)).ToList();
        var page = await approvals.IssueLinkAsync(notice, incident, cancellationToken);
        return IncidentCardBuilder.Build(new IncidentCard(notice, incident, affected, links, page));
    }
}

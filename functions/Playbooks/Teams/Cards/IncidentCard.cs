using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Notifications;

namespace AiSec.Playbooks.Teams.Cards;

/// <summary>Everything an incident card shows, gathered by <see cref="IncidentCardFactory"/> and drawn by <see cref="IncidentCardBuilder"/>.</summary>
public sealed record IncidentCard(
    IncidentNotice Notice,
    Incident Incident,
    IReadOnlyList<AffectedAsset> Assets,
    IReadOnlyList<EvidenceLink> Evidence,
    Uri? ApprovalPage);

/// <summary>An affected asset and its latest risk level (null: never assessed).</summary>
public sealed record AffectedAsset(string Id, string Name, string? RiskLevel);

/// <summary>A piece of kept evidence: its name, SHA-256 and where it is stored.</summary>
public sealed record EvidenceLink(string Name, string Sha256, Uri Url);

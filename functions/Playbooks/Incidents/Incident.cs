using System.Text.Json;
using AiSec.Shared.Incidents;

namespace AiSec.Playbooks.Incidents;

/// <summary>An incident as responders see it (CLI, HTTP): the seed's fields, its steps, and the status time stamps.</summary>
public sealed record Incident
{
    public required string Id { get; init; }

    public required string Category { get; init; }

    public required string Severity { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = "";

    public IReadOnlyList<string> AffectedAssets { get; init; } = [];

    public DateTimeOffset DetectedAt { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string DetectedBy { get; init; } = "";

    public string CurrentPhase { get; init; } = "";

    public string AssignedTo { get; init; } = "";

    public string Status { get; init; } = IncidentStatus.Open;

    public DateTimeOffset? ContainedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? CloseReason { get; init; }

    public bool FalsePositive { get; init; }

    public string PlaybookSource { get; init; } = "";

    public IReadOnlyList<IncidentStepState> Steps { get; init; } = [];

    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    public IncidentSubjects Subjects { get; init; } = new();

    /// <summary>Whether an attack payload is on record (the text itself is evidence and is not shown in lists).</summary>
    public bool HasPayload { get; init; }

    public int SignalCount { get; init; }

    public int Escalations { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    internal static Incident From(IncidentEntity e) => new()
    {
        Id = e.RowKey,
        Category = e.Category,
        Severity = e.Severity,
        Title = e.Title,
        Description = e.Description,
        AffectedAssets = IncidentJson.ReadAffectedAssets(e),
        DetectedAt = e.DetectedAt,
        OccurredAt = e.OccurredAt,
        DetectedBy = e.DetectedBy,
        CurrentPhase = e.CurrentPhase,
        AssignedTo = e.AssignedTo,
        Status = e.Status,
        ContainedAt = e.ContainedAt,
        ResolvedAt = e.ResolvedAt,
        ClosedAt = e.ClosedAt,
        CloseReason = e.CloseReason,
        FalsePositive = e.FalsePositive,
        PlaybookSource = e.PlaybookSource,
        Steps = IncidentJson.ReadSteps(e),
        Evidence = JsonSerializer.Deserialize<List<EvidenceItem>>(e.Evidence, IncidentJson.Options) ?? [],
        Subjects = JsonSerializer.Deserialize<IncidentSubjects>(e.Subjects, IncidentJson.Options) ?? new(),
        HasPayload = !string.IsNullOrEmpty(e.Payload),
        SignalCount = e.SignalCount,
        Escalations = e.Escalations,
        UpdatedAt = e.UpdatedAt,
    };
}

/// <summary>Who and what an incident is about, so containment actions know their targets.</summary>
public sealed record IncidentSubjects
{
    /// <summary>Entra user object ids or UPNs whose sessions may be revoked.</summary>
    public IReadOnlyList<string> UserIds { get; init; } = [];

    /// <summary>Entra service principal object ids of agents whose identity may be disabled.</summary>
    public IReadOnlyList<string> ServicePrincipalIds { get; init; } = [];

    /// <summary>Guardrail apps involved (for enhanced logging and evidence).</summary>
    public IReadOnlyList<string> Apps { get; init; } = [];

    /// <summary>Guardrail API key ids used by the attacker.</summary>
    public IReadOnlyList<string> ApiKeyIds { get; init; } = [];

    public bool IsEmpty => UserIds.Count == 0 && ServicePrincipalIds.Count == 0 && Apps.Count == 0 && ApiKeyIds.Count == 0;

    /// <summary>Both sets of subjects, each id once.</summary>
    public IncidentSubjects Union(IncidentSubjects other) => new()
    {
        UserIds = [.. UserIds.Union(other.UserIds, StringComparer.Ordinal)],
        ServicePrincipalIds = [.. ServicePrincipalIds.Union(other.ServicePrincipalIds, StringComparer.Ordinal)],
        Apps = [.. Apps.Union(other.Apps, StringComparer.Ordinal)],
        ApiKeyIds = [.. ApiKeyIds.Union(other.ApiKeyIds, StringComparer.Ordinal)],
    };
}

/// <summary>A piece of evidence a playbook kept: where it is and its SHA-256 (also in the audit log).</summary>
public sealed record EvidenceItem(string Name, string Blob, string Sha256, long Bytes, DateTimeOffset CapturedAt);

using Azure;
using Azure.Data.Tables;

namespace AiSec.Shared.Incidents;

/// <summary>
/// One incident as the <c>incidents</c> table holds it: the storage contract between Playbooks (its only writer) and
/// every reader (the dashboard's MTTD / MTTC / MTTR, reports). The seed's Incident fields, plus the status time
/// stamps those measures need. List-valued fields are JSON arrays in string columns (<see cref="IncidentJson"/>).
/// </summary>
public sealed class IncidentEntity : ITableEntity
{
    /// <summary>Every incident lives in one partition, so a list is one partition query.</summary>
    public const string Partition = "incident";

    public string PartitionKey { get; set; } = Partition;

    /// <summary>The incident id, which is also its orchestration's instance id.</summary>
    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Category { get; set; } = "";

    /// <summary>sev1 … sev4 (sev1 the most severe); escalations may raise it.</summary>
    public string Severity { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>JSON array of asset registry ids.</summary>
    public string AffectedAssets { get; set; } = "[]";

    /// <summary>When the product or a person detected it.</summary>
    public DateTimeOffset DetectedAt { get; set; }

    /// <summary>When the activity began, as far as the signal knows (MTTD = DetectedAt − OccurredAt).</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Who or what raised it: <c>guardrail</c>, <c>risk</c>, <c>cli:alice</c>, <c>http:siem</c> …</summary>
    public string DetectedBy { get; set; } = "";

    public string CurrentPhase { get; set; } = "";

    /// <summary>The role (or person) the current step waits for; empty when nobody is waited for.</summary>
    public string AssignedTo { get; set; } = "";

    /// <summary><see cref="IncidentStatus"/>: open → contained → resolved → closed.</summary>
    public string Status { get; set; } = IncidentStatus.Open;

    /// <summary>When the last containment step finished (MTTC = ContainedAt − DetectedAt).</summary>
    public DateTimeOffset? ContainedAt { get; set; }

    /// <summary>When the playbook's last step finished (MTTR = ResolvedAt − DetectedAt).</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? CloseReason { get; set; }

    /// <summary>True when a responder rejected the detection itself (closed as a false positive).</summary>
    public bool FalsePositive { get; set; }

    /// <summary>Where the playbook came from (shipped file or override), for the record.</summary>
    public string PlaybookSource { get; set; } = "";

    /// <summary>JSON array of step states (number, phase, action, role, automated, run, status, times, decision).</summary>
    public string Steps { get; set; } = "[]";

    /// <summary>JSON array of evidence items (name, blob, sha256, bytes, capturedAt).</summary>
    public string Evidence { get; set; } = "[]";

    /// <summary>JSON object of who and what the incident is about (userIds, servicePrincipalIds, apps, apiKeyIds).</summary>
    public string Subjects { get; set; } = "{}";

    /// <summary>The attack payload, when a signal or person supplied one (evidence; never logged).</summary>
    public string? Payload { get; set; }

    /// <summary>Signals that opened or joined this incident.</summary>
    public int SignalCount { get; set; }

    /// <summary>Escalations run so far (missed deadlines and failed steps).</summary>
    public int Escalations { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Incident statuses, in the order an incident moves through them.</summary>
public static class IncidentStatus
{
    public const string Open = "open";
    public const string Contained = "contained";
    public const string Resolved = "resolved";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Open, Contained, Resolved, Closed];
}

namespace AiSec.Playbooks.Incidents;

/// <summary>
/// What opens an incident: a person (CLI, HTTP) or a signal. <see cref="SignalId"/> makes opening idempotent: the
/// same id always means the same incident (a redelivered queue message, a retried HTTP call).
/// </summary>
public sealed record OpenIncidentRequest
{
    public required string Category { get; init; }

    /// <summary>sev1 … sev4; the playbook's default when absent.</summary>
    public string? Severity { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Asset registry ids; each must be registered.</summary>
    public IReadOnlyList<string> AffectedAssets { get; init; } = [];

    /// <summary>The attack text, when known: evidence, and what an emergency guardrail rule is made from.</summary>
    public string? Payload { get; init; }

    public IncidentSubjects Subjects { get; init; } = new();

    /// <summary>When the activity began, if earlier than detection (for MTTD).</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    public string? SignalId { get; init; }

    /// <summary>Automated actions report what they would do instead of doing it (drills).</summary>
    public bool DryRun { get; init; }

    public const int MaxTitleLength = 200;

    public const int MaxDescriptionLength = 4_000;

    public const int MaxPayloadLength = 16_000;
}

/// <summary>The incident a request opened or joined.</summary>
/// <param name="Joined">The request joined an open incident of the same category and subject (dedupe window).</param>
/// <param name="Existing">The same signal had opened this incident before (a redelivery).</param>
public sealed record OpenIncidentResult(Incident Incident, bool Joined, bool Existing);

using System.Text.Json.Serialization;

namespace AiSec.Playbooks.Definitions;

/// <summary>
/// One incident category's response, as data (<c>Definitions/Library/*.yaml</c>, schema
/// <c>playbook.schema.json</c>): what detects it, how it is contained, what evidence to keep, who must be told by
/// when, and the ordered steps.
/// </summary>
public sealed record Playbook
{
    public required string Category { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    [JsonPropertyName("default_severity")]
    public required string DefaultSeverity { get; init; }

    /// <summary>Where the content comes from (the seed, NIST SP 800-61, OWASP, MITRE ATLAS …).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    [JsonPropertyName("detection_rules")]
    public IReadOnlyList<string> DetectionRules { get; init; } = [];

    [JsonPropertyName("containment_actions")]
    public IReadOnlyList<string> ContainmentActions { get; init; } = [];

    [JsonPropertyName("evidence_to_collect")]
    public IReadOnlyList<string> EvidenceToCollect { get; init; } = [];

    [JsonPropertyName("notification_requirements")]
    public IReadOnlyList<NotificationRequirement> NotificationRequirements { get; init; } = [];

    /// <summary>
    /// Escalation chains per severity, for waiting steps that say nothing of their own about a missed deadline (no
    /// <c>escalation</c> with <c>on: [timeout]</c>): the chain of the incident's severity when the step starts waiting.
    /// </summary>
    [JsonPropertyName("severity_escalation")]
    public IReadOnlyDictionary<string, IReadOnlyList<SeverityEscalationLevel>> SeverityEscalation { get; init; } =
        new Dictionary<string, IReadOnlyList<SeverityEscalationLevel>>(StringComparer.Ordinal);

    public required IReadOnlyList<PlaybookStep> Steps { get; init; }

    /// <summary>The chain a waiting step follows on missed deadlines at this severity; null when the step has its own or the severity has none.</summary>
    public IReadOnlyList<SeverityEscalationLevel>? SeverityChainFor(PlaybookStep step, string severity) =>
        step.Escalation?.AppliesTo(EscalationTrigger.Timeout) != true && SeverityEscalation.TryGetValue(severity, out var chain) && chain.Count > 0 ? chain : null;
}

/// <summary>"CISO within 2 hours for SEV1/SEV2": who must be told, by when after detection, and for which severities.</summary>
public sealed record NotificationRequirement
{
    public required string Role { get; init; }

    [JsonPropertyName("within_minutes")]
    public required int WithinMinutes { get; init; }

    /// <summary>The severities it applies to; empty means every severity.</summary>
    public IReadOnlyList<string> Severities { get; init; } = [];

    /// <summary>A further condition in words, e.g. "if personal data of EU residents is involved".</summary>
    public string? Condition { get; init; }

    public bool AppliesTo(string severity) => Severities.Count == 0 || Severities.Contains(severity, StringComparer.Ordinal);
}

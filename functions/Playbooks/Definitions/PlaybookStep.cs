using System.Text.Json.Serialization;

namespace AiSec.Playbooks.Definitions;

/// <summary>
/// One step: automated steps run a named action at once (after approval when <see cref="RequiresApproval"/>); human
/// steps go to a role with a deadline. Missed deadlines and failures run the <see cref="Escalation"/>.
/// </summary>
public sealed record PlaybookStep
{
    public required int Number { get; init; }

    public required string Phase { get; init; }

    /// <summary>What the step does, in words for the responder.</summary>
    public required string Action { get; init; }

    [JsonPropertyName("responsible_role")]
    public required string ResponsibleRole { get; init; }

    public required bool Automated { get; init; }

    /// <summary>The named action an automated step runs (see Actions/), in place of the seed's script path.</summary>
    public string? Run { get; init; }

    [JsonPropertyName("requires_approval")]
    public bool RequiresApproval { get; init; }

    [JsonPropertyName("timeout_minutes")]
    public required double TimeoutMinutes { get; init; }

    /// <summary>What a rejection means: <c>skip</c> this step, or <c>close</c> the incident (e.g. a false positive).</summary>
    [JsonPropertyName("on_reject")]
    public string OnReject { get; init; } = RejectOutcome.Skip;

    public Escalation? Escalation { get; init; }

    /// <summary>Waits for a person: a human step, or an automated one that needs approval first.</summary>
    [JsonIgnore]
    public bool WaitsForPerson => !Automated || RequiresApproval;
}

public static class RejectOutcome
{
    public const string Skip = "skip";
    public const string Close = "close";
}

/// <summary>"If credential rotation fails, escalate to SEV1": what happens on a missed deadline and/or a failure.</summary>
public sealed record Escalation
{
    /// <summary><c>timeout</c>, <c>failure</c> or both.</summary>
    public IReadOnlyList<string> On { get; init; } = [EscalationTrigger.Timeout, EscalationTrigger.Failure];

    /// <summary>Roles told, in order: each further missed deadline goes to the next one.</summary>
    public IReadOnlyList<string> Notify { get; init; } = [];

    [JsonPropertyName("raise_severity_to")]
    public string? RaiseSeverityTo { get; init; }

    public bool AppliesTo(string trigger) => On.Contains(trigger, StringComparer.Ordinal);
}

public static class EscalationTrigger
{
    public const string Timeout = "timeout";
    public const string Failure = "failure";

    /// <summary>
    /// The step's notice reached nobody (every channel failed after its retries): the chain's next role is told at once.
    /// Not a playbook value (<see cref="Escalation.On"/> never names it), so it never raises the severity.
    /// </summary>
    public const string NoticeFailed = "notice_failed";
}

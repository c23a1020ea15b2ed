using AiSec.Playbooks.Definitions;

namespace AiSec.Playbooks.Orchestration;

/// <summary>
/// The input of an incident's orchestration. The playbook is copied in when the incident opens, so editing a
/// playbook file never changes an incident already running (and replays stay deterministic).
/// </summary>
public sealed record IncidentRun(string IncidentId, Playbook Playbook, string Severity, double TimeScale, bool DryRun);

/// <summary>What an activity works on: one step of one incident.</summary>
public sealed record StepWork(string IncidentId, PlaybookStep Step, string Severity, double TimeScale, bool DryRun)
{
    /// <summary>The step's timeout on this run's clock (<c>Playbooks:TimeScale</c>).</summary>
    public TimeSpan Timeout => PlaybookClock.Scale(Step.TimeoutMinutes, TimeScale);
}

/// <summary>How a step ended.</summary>
public sealed record StepResult(string Status, string Outcome);

/// <summary>A person's decision on a waiting step, raised to the orchestration as the <c>decision</c> event.</summary>
public sealed record StepDecision(int Step, string Decision, string Actor, string? Comment);

/// <summary>A step that ended without a person, recorded by <c>FinishStepActivity</c>.</summary>
public sealed record StepEnd(string IncidentId, PlaybookStep Step, string Status, string Outcome, StepDecision? Decision = null);

/// <summary>One escalation of one step: who is told next, and why.</summary>
public sealed record EscalationWork(string IncidentId, PlaybookStep Step, string Trigger, int Level, string? Role);

/// <summary>A human step waiting for a person, with its deadline.</summary>
public sealed record HumanStepWork(string IncidentId, PlaybookStep Step, DateTime Deadline, int Level);

/// <summary>How the orchestration ended.</summary>
public sealed record IncidentOutcome(string IncidentId, string Result, string Severity);

public static class StepDecisions
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Done = "done";

    public static IReadOnlyList<string> All { get; } = [Approve, Reject, Done];

    /// <summary>An approval-gated action is approved or rejected; a person's own task can also be marked done.</summary>
    public static IReadOnlyList<string> AllowedFor(PlaybookStep step) => step.Automated ? [Approve, Reject] : All;
}

/// <summary>Durable event names.</summary>
public static class IncidentEvents
{
    public const string Decision = "decision";
}

public static class PlaybookClock
{
    /// <summary>Minutes from a playbook, times <c>Playbooks:TimeScale</c>, never below one second.</summary>
    public static TimeSpan Scale(double minutes, double timeScale) =>
        TimeSpan.FromSeconds(Math.Max(1, minutes * 60 * timeScale));
}

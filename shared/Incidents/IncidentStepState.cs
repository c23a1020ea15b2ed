namespace AiSec.Shared.Incidents;

/// <summary>One playbook step of an incident, as stored in <see cref="IncidentEntity.Steps"/>.</summary>
public sealed record IncidentStepState
{
    public int Number { get; init; }

    public string Phase { get; init; } = "";

    public string Action { get; init; } = "";

    public string Role { get; init; } = "";

    public bool Automated { get; init; }

    /// <summary>The named action an automated step runs.</summary>
    public string? Run { get; init; }

    public bool RequiresApproval { get; init; }

    /// <summary><see cref="StepStatus"/>.</summary>
    public string Status { get; init; } = StepStatus.Pending;

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>When a person must have acted (human steps and approvals).</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>approve, reject or done, and who decided.</summary>
    public string? Decision { get; init; }

    public string? DecidedBy { get; init; }

    /// <summary>What happened, in words: the action's result, the reason it was skipped or failed.</summary>
    public string? Outcome { get; init; }

    /// <summary>How many times the step escalated (missed deadlines, failures).</summary>
    public int EscalationLevel { get; init; }
}

/// <summary>A step's status; <see cref="Terminal"/> ones are finished.</summary>
public static class StepStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Waiting = "waiting";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string TimedOut = "timed_out";
    public const string Escalated = "escalated";
    public const string Skipped = "skipped";

    public static IReadOnlyList<string> All { get; } = [Pending, Running, Waiting, Done, Failed, TimedOut, Escalated, Skipped];

    public static bool IsTerminal(string status) => status is Done or Failed or TimedOut or Skipped;
}

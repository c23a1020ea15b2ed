using System.Text.Json.Nodes;

namespace AiSec.Playbooks.Incidents;

/// <summary>One thing that happened to an incident, in time order: signals, steps, actions, decisions, escalations, notices.</summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    string Kind,
    string Actor,
    string Message,
    int? Step = null,
    JsonObject? Details = null);

public static class TimelineKinds
{
    public const string Opened = "opened";
    public const string Signal = "signal";
    public const string Step = "step";
    public const string Action = "action";
    public const string Decision = "decision";
    public const string Escalation = "escalation";
    public const string Notification = "notification";
    public const string Status = "status";
}

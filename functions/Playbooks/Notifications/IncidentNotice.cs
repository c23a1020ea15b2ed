namespace AiSec.Playbooks.Notifications;

/// <summary>Something a role must know or do about an incident, with a deadline when there is one.</summary>
public sealed record IncidentNotice(
    string IncidentId,
    string Kind,
    string Role,
    string Message,
    int? Step = null,
    DateTimeOffset? Deadline = null,
    IReadOnlyList<string>? Decisions = null);

public static class NoticeKinds
{
    /// <summary>A step waits for this role.</summary>
    public const string StepAssigned = "step_assigned";

    /// <summary>A deadline passed or a step failed; this role is next.</summary>
    public const string Escalation = "escalation";

    /// <summary>A playbook's notification requirement ("CISO within 2 hours for SEV1/SEV2").</summary>
    public const string Requirement = "notification_requirement";
}

/// <summary>How one channel fared with one notice.</summary>
public sealed record NoticeDelivery(string Channel, string Outcome, string Detail);

public static class NoticeOutcomes
{
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string NotConfigured = "not_configured";
}

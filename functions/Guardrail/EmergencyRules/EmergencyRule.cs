namespace AiSec.Guardrail.EmergencyRules;

/// <summary>A rule pushed during an incident: exact text or a regex, for one app or all ("*"), until it expires.</summary>
public sealed record EmergencyRule
{
    public const string AllApps = "*";

    public required string Id { get; init; }

    public string App { get; init; } = AllApps;

    public required string Pattern { get; init; }

    public bool IsRegex { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public string? Description { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool AppliesTo(string app, DateTimeOffset now) =>
        (App == AllApps || string.Equals(App, app, StringComparison.OrdinalIgnoreCase)) && (ExpiresAt is null || ExpiresAt > now);
}

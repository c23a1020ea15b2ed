using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AiSec.Shared.Signals;

/// <summary>A message on the <c>incident-signals</c> queue that the playbooks consume.</summary>
public sealed record IncidentSignal(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("details")] JsonObject? Details = null);

public static class IncidentSignalTypes
{
    public const string AttackBurst = "attack_burst";
    public const string RiskIncrease = "risk_increase";
}

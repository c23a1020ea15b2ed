using System.Text.Json.Serialization;

namespace AiSec.Playbooks.Definitions;

/// <summary>
/// One link of a severity's escalation chain ("SEV1: AI security lead after 5 min, CISO after 15 min"): the role told
/// when a waiting step is still undecided this long after it started waiting.
/// </summary>
public sealed record SeverityEscalationLevel
{
    public required string Role { get; init; }

    /// <summary>Minutes from the moment the step started waiting; they rise along the chain.</summary>
    [JsonPropertyName("after_minutes")]
    public required double AfterMinutes { get; init; }
}

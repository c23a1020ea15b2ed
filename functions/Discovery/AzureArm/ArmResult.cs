using System.Text.Json.Nodes;

namespace AiSec.Discovery.AzureArm;

/// <summary>What a successful Resource Manager call answered: its status (202: still running), body and Retry-After.</summary>
public sealed record ArmResult(int Status, JsonObject? Body, TimeSpan? RetryAfter);

using System.Text.Json.Nodes;

namespace AiSec.Shared.Audit;

/// <summary>
/// What a capability says happened. The audit log adds <c>seq</c>, <c>time</c>, <c>prevHash</c> and <c>hash</c>.
/// <paramref name="Details"/> must never carry raw secrets or raw prompts unless the caller's policy allows it.
/// </summary>
public sealed record AuditEvent(
    string Stream,
    string Actor,
    string Action,
    string Subject,
    string Outcome,
    JsonObject? Details = null);

/// <summary>Stream names used by the capabilities; one hash chain per stream.</summary>
public static class AuditStreams
{
    public const string Guardrail = "guardrail";
    public const string Discovery = "discovery";
    public const string Risk = "risk";
    public const string Playbooks = "playbooks";
    public const string Admin = "admin";
}

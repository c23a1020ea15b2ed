namespace AiSec.Guardrail.Admin;

/// <summary><see cref="OverturnedBy"/> marks the decision with <see cref="RequestId"/> a false positive.</summary>
public sealed record OverturnRequest(string RequestId, string OverturnedBy, string? Reason = null);

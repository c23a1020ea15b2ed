namespace AiSec.Guardrail.Overturns;

/// <summary>
/// A person marked a guardrail decision a false positive: the decision as the audit log recorded it (app, decision,
/// categories, when) and who overturned it, when and why. The false-positive rate (seed 002's M6) counts these.
/// </summary>
public sealed record GuardrailOverturn(
    string RequestId,
    string App,
    string Decision,
    IReadOnlyList<string> Categories,
    DateTimeOffset DecidedAt,
    long AuditSeq,
    string OverturnedBy,
    string? Reason,
    DateTimeOffset OverturnedAt,
    string RecordedBy);

namespace AiSec.Shared.Audit.Verification;

/// <summary>
/// The outcome of verifying a log (storage or export). <see cref="FirstBadSeq"/> and <see cref="Reason"/> describe
/// the first problem found, in <see cref="Stream"/>; <see cref="Records"/> counts the records read up to there.
/// </summary>
public sealed record AuditVerificationResult(
    bool Ok,
    long Records,
    long Checkpoints,
    long? FirstBadSeq,
    string? Stream,
    string? Reason,
    long Bytes,
    IReadOnlyList<AuditStreamSummary> Streams);

/// <summary>One stream's range: <see cref="LastCheckpointSeq"/> is the last seq a signed checkpoint vouches for.</summary>
public sealed record AuditStreamSummary(string Stream, long FirstSeq, long LastSeq, long Records, long LastCheckpointSeq);

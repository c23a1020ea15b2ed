namespace AiSec.Shared.Audit;

/// <summary>
/// The port every capability writes its decisions and actions through. The implementation chains and checkpoints
/// the records in immutable blob storage (see <c>shared/Audit</c>).
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends one record. <see cref="AuditDurability.Buffered"/> returns once the record is queued for a batched
    /// append; <see cref="AuditDurability.Durable"/> returns only after it is persisted (approvals, actions) and
    /// throws when it cannot be.
    /// </summary>
    Task AppendAsync(AuditEvent auditEvent, AuditDurability durability, CancellationToken cancellationToken);
}

public enum AuditDurability
{
    Buffered,
    Durable,
}

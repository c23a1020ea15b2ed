namespace AiSec.Shared.Audit;

/// <summary>
/// A record could not be accepted or persisted (buffer full, storage unreachable past the durable timeout, or the
/// log shutting down). Callers that required durability must treat the action as not audited.
/// </summary>
public sealed class AuditLogUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

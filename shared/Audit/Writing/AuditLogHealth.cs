namespace AiSec.Shared.Audit.Writing;

/// <summary>
/// The writer's state for health checks: <c>degraded</c> while storage writes fail or the buffer is more than
/// 80% full; <see cref="Unwritten"/> counts records given up at shutdown (logged, and reported to durable callers).
/// </summary>
public sealed record AuditLogHealth(
    string Status, int Buffered, int Capacity, int ConsecutiveFailures, string? LastError, long Written, long Unwritten);

using AiSec.LocalHost.Endpoints;
using AiSec.Shared.Audit.Writing;

namespace AiSec.LocalHost.Audit;

/// <summary>Shows the audit writer on /api/health: degraded while storage writes fail or the buffer fills.</summary>
public sealed class AuditHealthContributor(BlobAuditLog auditLog) : IHealthContributor
{
    public string Name => "audit";

    public Task<ComponentHealth> CheckAsync(CancellationToken cancellationToken)
    {
        var health = auditLog.Health;
        var detail = $"buffered {health.Buffered}/{health.Capacity}, written {health.Written}"
            + (health.Unwritten > 0 ? $", unwritten {health.Unwritten}" : "");
        return Task.FromResult(new ComponentHealth(health.Status, health.LastError, detail));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Shared.Audit;

namespace AiSec.Shared.Admin;

/// <summary>
/// The record every admin change leaves in the <c>admin</c> stream: who, what, on which subject, and the state
/// before and after (null where there was none). Callers pass views that hold no key material.
/// </summary>
public static class AdminAudit
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Returns once the record is persisted, and throws when it cannot be: the change is made by then, but the caller
    /// fails loudly instead of reporting an unaudited change as a success.
    /// </summary>
    public static Task AppendAdminChangeAsync<T>(
        this IAuditLog audit, Actor actor, string action, string subject, string outcome, T? before, T? after, CancellationToken cancellationToken)
    {
        var details = new JsonObject
        {
            ["before"] = JsonSerializer.SerializeToNode(before, Json),
            ["after"] = JsonSerializer.SerializeToNode(after, Json),
        };
        return audit.AppendAsync(new AuditEvent(AuditStreams.Admin, actor.Name, action, subject, outcome, details), AuditDurability.Durable, cancellationToken);
    }
}

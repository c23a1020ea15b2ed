using System.Globalization;
using System.Text;
using System.Text.Json;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Storage;

namespace AiSec.Guardrail.Overturns;

/// <summary>A non-allow guardrail decision as its audit record holds it (the guardrail audits every block, redact and flag).</summary>
public sealed record AuditedDecision(string RequestId, string App, string Decision, IReadOnlyList<string> Categories, DateTimeOffset DecidedAt, long Seq)
{
    private const long MillisecondsPerDay = 86_400_000;

    /// <summary>
    /// Finds the decision by request id in the <c>guardrail</c> audit stream. Request ids are version-7 GUIDs whose
    /// first 48 bits are the Unix time in milliseconds, so only the blobs from that day on are read; each line is
    /// matched on its bytes before any JSON is parsed.
    /// </summary>
    public static async Task<AuditedDecision?> FindAsync(AuditStorageReader reader, string requestId, CancellationToken cancellationToken)
    {
        var needle = Encoding.UTF8.GetBytes($"\"requestId\":\"{requestId}\"");
        AuditRecordView? found = null;
        await reader.ForEachRecordLineAsync(AuditStreams.Guardrail, line =>
        {
            if (found is null && line.IndexOf(needle) >= 0)
            {
                found = AuditRecordView.TryParse(line);
            }
        }, cancellationToken, DayOf(requestId));
        return found is null ? null : From(found, requestId);
    }

    /// <summary>The day before the id's time stamp (clock skew between instances), or null for an id that is not version 7.</summary>
    private static DateOnly? DayOf(string requestId)
    {
        if (requestId.Length != 32 || requestId[12] != '7'
            || !long.TryParse(requestId.AsSpan(0, 12), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var unixMs)
            || unixMs > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() - MillisecondsPerDay)
        {
            return null;
        }

        var at = DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.AddDays(-1);
        return DateOnly.FromDateTime(at);
    }

    private static AuditedDecision From(AuditRecordView record, string requestId)
    {
        var categories = record.Details.TryGetProperty("categories", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(c => c.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "").Where(n => n.Length > 0).ToList()
            : [];
        return new AuditedDecision(requestId, record.Subject, record.Outcome, categories, record.Time, record.Seq);
    }
}

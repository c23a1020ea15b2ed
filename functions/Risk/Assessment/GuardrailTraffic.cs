using System.Globalization;
using AiSec.Shared.Storage;
using Azure.Data.Tables;

namespace AiSec.Risk.Assessment;

/// <summary>
/// Requests the guardrail screened per app in the last 24 hours, from the <c>guardrailcounters</c> table the
/// guardrail writes (PartitionKey = app, RowKey = UTC hour "yyyyMMddHH", column Requests). Read once per assessment.
/// </summary>
public sealed class GuardrailTraffic(IReadOnlyDictionary<string, long> requestsByApp)
{
    public static readonly GuardrailTraffic None = new(new Dictionary<string, long>());

    public long Requests(string app) => requestsByApp.GetValueOrDefault(app.Trim().ToLowerInvariant());

    public static async Task<GuardrailTraffic> LoadAsync(AiSecStorage storage, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.AddHours(-24).ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter<TableEntity>(e => e.RowKey.CompareTo(since) >= 0);
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var row in storage.Table(StorageNames.Tables.GuardrailCounters).QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Requests"], cancellationToken: cancellationToken))
        {
            var app = row.PartitionKey.Trim().ToLowerInvariant();
            totals[app] = totals.GetValueOrDefault(app) + (row.GetInt64("Requests") ?? 0);
        }

        return new GuardrailTraffic(totals);
    }
}

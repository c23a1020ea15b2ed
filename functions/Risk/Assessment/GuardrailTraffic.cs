using AiSec.Shared.Storage;
using AiSec.Shared.Usage;
using Azure.Data.Tables;

namespace AiSec.Risk.Assessment;

/// <summary>
/// Requests the guardrail screened per app in the last 24 hours, from the <c>guardrailcounters</c> table the
/// guardrail writes (layout: <see cref="GuardrailCounterKeys"/>). Read once per assessment.
/// </summary>
public sealed class GuardrailTraffic(IReadOnlyDictionary<string, long> requestsByApp)
{
    public static readonly GuardrailTraffic None = new(new Dictionary<string, long>());

    public long Requests(string app) => requestsByApp.GetValueOrDefault(GuardrailCounterKeys.AppKey(app));

    public static async Task<GuardrailTraffic> LoadAsync(AiSecStorage storage, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = GuardrailCounterKeys.HourKey(now.AddHours(-24));
        var filter = TableClient.CreateQueryFilter<TableEntity>(e => e.RowKey.CompareTo(since) >= 0);
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var row in storage.Table(StorageNames.Tables.GuardrailCounters).QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", GuardrailCounterKeys.Requests], cancellationToken: cancellationToken))
        {
            // Rows written before apps were normalized on write still count.
            var app = GuardrailCounterKeys.AppKey(row.PartitionKey);
            totals[app] = totals.GetValueOrDefault(app) + (row.GetInt64(GuardrailCounterKeys.Requests) ?? 0);
        }

        return new GuardrailTraffic(totals);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Shared.Storage;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Playbooks.Actions;

/// <summary>
/// What each incident step's action already did (<c>incidentactions</c>). Durable runs an activity at least once: a
/// host killed after the action but before its result was recorded runs it again. The ledger answers such a re-run
/// with the first run's outcome, so an action with effects (a key regenerated) happens once.
/// </summary>
public sealed class ActionLedger(AiSecStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.Tables.IncidentActions);

    public async Task<ActionOutcome?> FindAsync(string incidentId, int step, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<LedgerRow>(incidentId, LedgerRow.Key(step), cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.Completed ? JsonSerializer.Deserialize<ActionOutcome>(row.Value.Outcome!, Json) : null;
    }

    /// <summary>Counts attempts, so a re-run after a crash is visible on the record.</summary>
    public async Task<int> StartAsync(string incidentId, int step, string action, CancellationToken cancellationToken)
    {
        var row = await Table.UpdateAsync<LedgerRow>(incidentId, LedgerRow.Key(step), existing =>
        {
            var updated = existing ?? new LedgerRow { Action = action };
            updated.Attempts++;
            return updated;
        }, cancellationToken);
        return row.Attempts;
    }

    public async Task CompleteAsync(string incidentId, int step, ActionOutcome outcome, CancellationToken cancellationToken) =>
        await Table.UpdateAsync<LedgerRow>(incidentId, LedgerRow.Key(step), existing =>
        {
            var updated = existing ?? new LedgerRow();
            updated.Completed = true;
            updated.Outcome = JsonSerializer.Serialize(outcome, Json);
            return updated;
        }, cancellationToken);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed class LedgerRow : ITableEntity
    {
        public string PartitionKey { get; set; } = "";

        public string RowKey { get; set; } = "";

        public DateTimeOffset? Timestamp { get; set; }

        public ETag ETag { get; set; }

        public string Action { get; set; } = "";

        public int Attempts { get; set; }

        public bool Completed { get; set; }

        public string? Outcome { get; set; }

        public static string Key(int step) => $"step-{step:D3}";
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Shared.Incidents;
using AiSec.Shared.Storage;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Playbooks.Incidents;

/// <summary>
/// The incident tables: <c>incidents</c> (one row per incident, the contract in shared/Incidents),
/// <c>incidenttimeline</c> (one partition per incident, rows in time order) and <c>incidentdedupe</c> (the open
/// incident per category and subject). Only the Playbooks services write them.
/// </summary>
internal sealed class IncidentStore(AiSecStorage storage, TimeProvider time)
{
    private TableClient Incidents => storage.Table(StorageNames.Tables.Incidents);

    private TableClient Timeline => storage.Table(StorageNames.Tables.IncidentTimeline);

    private TableClient Dedupe => storage.Table(StorageNames.Tables.IncidentDedupe);

    /// <returns>False when an incident with that id already exists (a redelivered signal).</returns>
    public async Task<bool> TryCreateAsync(IncidentEntity incident, CancellationToken cancellationToken)
    {
        try
        {
            await Incidents.AddEntityAsync(incident, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IncidentEntity?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var response = await Incidents.GetEntityIfExistsAsync<IncidentEntity>(IncidentEntity.Partition, id, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    public async Task<IReadOnlyList<IncidentEntity>> ListAsync(string? status, CancellationToken cancellationToken)
    {
        var filter = status is null
            ? TableClient.CreateQueryFilter<IncidentEntity>(e => e.PartitionKey == IncidentEntity.Partition)
            : TableClient.CreateQueryFilter<IncidentEntity>(e => e.PartitionKey == IncidentEntity.Partition && e.Status == status);
        var incidents = new List<IncidentEntity>();
        await foreach (var entity in Incidents.QueryAsync<IncidentEntity>(filter, cancellationToken: cancellationToken))
        {
            incidents.Add(entity);
        }

        return incidents;
    }

    /// <summary>Read-modify-write under ETag concurrency: activities and people update one incident concurrently.</summary>
    public Task<IncidentEntity> UpdateAsync(string id, Action<IncidentEntity> change, CancellationToken cancellationToken) =>
        Incidents.UpdateAsync<IncidentEntity>(
            IncidentEntity.Partition,
            id,
            existing =>
            {
                var incident = existing ?? throw new InvalidOperationException($"Incident {id} does not exist.");
                change(incident);
                incident.UpdatedAt = time.GetUtcNow();
                return incident;
            },
            cancellationToken);

    public async Task AppendTimelineAsync(string id, TimelineEntry entry, CancellationToken cancellationToken) =>
        await Timeline.AddEntityAsync(TimelineRow.From(id, entry), cancellationToken);

    public async Task<IReadOnlyList<TimelineEntry>> ReadTimelineAsync(string id, CancellationToken cancellationToken)
    {
        var entries = new List<TimelineEntry>();
        var filter = TableClient.CreateQueryFilter<TimelineRow>(e => e.PartitionKey == id);
        await foreach (var row in Timeline.QueryAsync<TimelineRow>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(row.ToEntry());
        }

        return entries;
    }

    public async Task<DedupeRow?> GetDedupeAsync(string category, string subject, CancellationToken cancellationToken)
    {
        var response = await Dedupe.GetEntityIfExistsAsync<DedupeRow>(category, DedupeRow.Key(subject), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <returns>False when another writer changed the row since <paramref name="previous"/> was read.</returns>
    public async Task<bool> TryClaimDedupeAsync(string category, string subject, string incidentId, DedupeRow? previous, CancellationToken cancellationToken)
    {
        var row = new DedupeRow { PartitionKey = category, RowKey = DedupeRow.Key(subject), IncidentId = incidentId, Subject = subject };
        try
        {
            if (previous is null)
            {
                await Dedupe.AddEntityAsync(row, cancellationToken);
            }
            else
            {
                await Dedupe.UpdateEntityAsync(row, previous.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}

/// <summary>A row of <c>incidenttimeline</c>: row keys sort by time, then by a random tail for entries in one tick.</summary>
internal sealed class TimelineRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public DateTimeOffset At { get; set; }

    public string Kind { get; set; } = "";

    public string Actor { get; set; } = "";

    public string Message { get; set; } = "";

    public int? Step { get; set; }

    public string? Details { get; set; }

    public static TimelineRow From(string incidentId, TimelineEntry entry) => new()
    {
        PartitionKey = incidentId,
        RowKey = $"{entry.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}",
        At = entry.At,
        Kind = entry.Kind,
        Actor = entry.Actor,
        Message = entry.Message,
        Step = entry.Step,
        Details = entry.Details?.ToJsonString(),
    };

    public TimelineEntry ToEntry() =>
        new(At, Kind, Actor, Message, Step, Details is null ? null : JsonNode.Parse(Details) as JsonObject);
}

/// <summary>A row of <c>incidentdedupe</c>: the incident that signals of one category about one subject join.</summary>
internal sealed class DedupeRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string IncidentId { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>Row keys may not hold '/', '\', '#' or '?', which ARM ids and URLs do: the key is a hash of the subject.</summary>
    public static string Key(string subject) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(subject)))[..32];
}

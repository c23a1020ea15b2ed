using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Shared.Storage;

/// <summary>
/// A table whose rows each hold one JSON document (camelCase) in a <c>Document</c> column: the layout of the
/// admin-written records (acceptances, overturns, red-team records, snapshots). A table not created yet reads as empty.
/// </summary>
public sealed class JsonDocumentTable<T>(TableClient table)
    where T : class
{
    private const string DocumentColumn = "Document";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task SaveAsync(string partitionKey, string rowKey, T document, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(partitionKey, rowKey)
        {
            [DocumentColumn] = JsonSerializer.Serialize(document, Json),
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<T?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
            return row.HasValue ? Read(row.Value!) : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Every document of one partition, or of the whole table when <paramref name="partitionKey"/> is null, in key order.</summary>
    public async Task<IReadOnlyList<T>> ListAsync(string? partitionKey, CancellationToken cancellationToken)
    {
        var filter = partitionKey is null ? null : TableClient.CreateQueryFilter<TableEntity>(e => e.PartitionKey == partitionKey);
        var result = new List<T>();
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                if (Read(row) is { } document)
                {
                    result.Add(document);
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // The table does not exist yet: nothing recorded.
        }

        return result;
    }

    private static T? Read(TableEntity row) => JsonSerializer.Deserialize<T>(row.GetString(DocumentColumn) ?? "null", Json);
}

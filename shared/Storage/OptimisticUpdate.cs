using System.Net;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Shared.Storage;

/// <summary>
/// Read-modify-write of one entity under ETag optimistic concurrency: a concurrent writer makes the write fail with
/// 412 (or 409 on insert), and the change is re-applied to the fresh entity.
/// </summary>
public static class OptimisticUpdate
{
    public static async Task<T> UpdateAsync<T>(
        this TableClient table,
        string partitionKey,
        string rowKey,
        Func<T?, T> change,
        CancellationToken cancellationToken,
        int maxAttempts = 10)
        where T : class, ITableEntity, new()
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: cancellationToken);
            var existing = current.HasValue ? current.Value : null;
            var updated = change(existing);
            updated.PartitionKey = partitionKey;
            updated.RowKey = rowKey;
            try
            {
                var response = existing is null
                    ? await table.AddEntityAsync(updated, cancellationToken)
                    : await table.UpdateEntityAsync(updated, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                updated.ETag = response.Headers.ETag ?? default;
                return updated;
            }
            catch (RequestFailedException ex) when (
                attempt < maxAttempts && ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict)
            {
                // Someone else won the race; read their version and apply our change on top of it.
            }
        }
    }
}

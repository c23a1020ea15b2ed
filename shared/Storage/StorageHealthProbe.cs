using Azure;

namespace AiSec.Shared.Storage;

/// <summary>Answers "can we reach tables, blobs and queues right now?" for the health endpoint and the CLI.</summary>
public sealed class StorageHealthProbe(AiSecStorage storage)
{
    public async Task<StorageHealth> CheckAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await Task.WhenAll(
                storage.TableService.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages().FirstOrDefaultAsync(timeout.Token).AsTask(),
                storage.BlobService.GetBlobContainersAsync(cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).FirstOrDefaultAsync(timeout.Token).AsTask(),
                storage.QueueService.GetQueuesAsync(cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).FirstOrDefaultAsync(timeout.Token).AsTask());
            return new StorageHealth(true, storage.BlobService.Uri.ToString(), null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException or Azure.Identity.AuthenticationFailedException)
        {
            var reason = ex is OperationCanceledException && !cancellationToken.IsCancellationRequested ? "timed out after 5 s" : ex.Message;
            return new StorageHealth(false, storage.BlobService.Uri.ToString(), reason, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }
}

public sealed record StorageHealth(bool Healthy, string Endpoint, string? Error, TimeSpan Elapsed);

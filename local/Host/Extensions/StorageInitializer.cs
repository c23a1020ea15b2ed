using AiSec.Shared.Storage;
using Polly;
using Polly.Retry;

namespace AiSec.LocalHost.Extensions;

/// <summary>
/// Creates the product's tables, queues and containers. The host still starts while storage is down (health says
/// so) and keeps retrying in the background; <see cref="Ready"/> completes once storage is set up.
/// </summary>
public sealed partial class StorageInitializer(AiSecStorage storage, ILogger<StorageInitializer> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(30),
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
                OnRetry = args =>
                {
                    LogRetrying(logger, args.Outcome.Exception, args.RetryDelay.TotalSeconds);
                    return default;
                },
            })
            .Build();
        try
        {
            await retry.ExecuteAsync(async ct => await storage.EnsureCreatedAsync(ct), stoppingToken);
            LogReady(logger, storage.BlobService.Uri);
            _ready.TrySetResult();
        }
        catch (OperationCanceledException)
        {
            _ready.TrySetCanceled(stoppingToken);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Storage ready at {BlobEndpoint}")]
    private static partial void LogReady(ILogger logger, Uri blobEndpoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Storage is not reachable yet; retrying set-up in {DelaySeconds:0.0} s")]
    private static partial void LogRetrying(ILogger logger, Exception? exception, double delaySeconds);
}

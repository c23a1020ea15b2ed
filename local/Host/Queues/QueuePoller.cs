using AiSec.Shared.Storage;
using Azure;

namespace AiSec.LocalHost.Queues;

/// <summary>
/// The local stand-in for a Functions queue trigger: polls a queue, hands each message to a handler, deletes it
/// when handled, and lets it reappear for a retry when the handler throws (up to five dequeues, then it is dropped
/// with an error, as the Functions host moves it to a poison queue).
/// </summary>
public sealed partial class QueuePoller(
    string queueName,
    Func<IServiceProvider, string, CancellationToken, Task> handle,
    IServiceProvider services,
    AiSecStorage storage,
    Extensions.StorageInitializer storageReady,
    TimeProvider time,
    ILogger<QueuePoller> logger) : BackgroundService
{
    private const int MaxDequeueCount = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await storageReady.Ready.WaitAsync(stoppingToken);
        var queue = storage.Queue(queueName);
        var idle = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var messages = (await queue.ReceiveMessagesAsync(16, TimeSpan.FromMinutes(1), stoppingToken)).Value;
                foreach (var message in messages)
                {
                    try
                    {
                        await handle(services, message.Body.ToString(), stoppingToken);
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        LogHandlerFailed(logger, ex, queueName, message.MessageId, message.DequeueCount);
                        if (message.DequeueCount >= MaxDequeueCount)
                        {
                            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
                        }
                    }
                }

                idle = messages.Length == 0 ? TimeSpan.FromMilliseconds(Math.Min(idle.TotalMilliseconds * 2, 2_000)) : TimeSpan.FromMilliseconds(200);
            }
            catch (RequestFailedException ex)
            {
                LogPollFailed(logger, ex, queueName);
                idle = TimeSpan.FromSeconds(5);
            }

            await Task.Delay(idle, time, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Error, Message = "Handling message {MessageId} from {Queue} failed (dequeue {DequeueCount})")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string queue, string messageId, long dequeueCount);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Polling {Queue} failed; retrying")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string queue);
}

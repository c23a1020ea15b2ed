using DurableTask.Core;

namespace AiSec.LocalHost.Durable;

/// <summary>
/// The backend as the sidecar's dispatcher sees it, safe to start and stop at any moment. The sidecar starts the
/// backend once a worker connects and stops it when its host stops, both from <c>async void</c> handlers, so an
/// exception from either would end the process: the Azure Storage backend's StartAsync throws while storage is not
/// reachable yet (or once the host is being disposed) and its StopAsync throws when no start finished. Here a start
/// retries with backoff until it succeeds or a stop comes, and a stop waits for a start in progress and stops only
/// what started.
/// </summary>
public sealed partial class GuardedOrchestrationService(IOrchestrationService inner, ILogger<GuardedOrchestrationService> logger) : IOrchestrationService
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private (Task<bool> Started, CancellationTokenSource Stopping)? _start;

    public Task StartAsync()
    {
        var stopping = new CancellationTokenSource();
        lock (_gate)
        {
            _start = (StartUntilStoppedAsync(stopping.Token), stopping);
            return _start.Value.Started;
        }
    }

    public Task StopAsync() => StopAsync(isForced: false);

    public async Task StopAsync(bool isForced)
    {
        (Task<bool> Started, CancellationTokenSource Stopping)? start;
        lock (_gate)
        {
            start = _start;
            _start = null;
        }

        if (start is not { } running)
        {
            return;
        }

        await running.Stopping.CancelAsync();
        var started = await running.Started;
        running.Stopping.Dispose();
        if (started)
        {
            await inner.StopAsync(isForced);
        }
    }

    /// <returns>Whether the backend started (false: a stop came first).</returns>
    private async Task<bool> StartUntilStoppedAsync(CancellationToken stopping)
    {
        for (var delay = FirstRetryDelay; ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks)))
        {
            try
            {
                await inner.StartAsync();
                return true;
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                LogStartFailed(logger, ex, delay);
            }
            catch (Exception)
            {
                // The host is stopping (its services may be disposed already): why the start failed no longer matters.
                return false;
            }

            try
            {
                await Task.Delay(delay, stopping);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }

    public Task CreateAsync() => inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => inner.GetDelayInSecondsAfterOnFetchException(exception);

    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState) =>
        inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) => inner.AbandonTaskActivityWorkItemAsync(workItem);

    [LoggerMessage(EventId = 702, Level = LogLevel.Warning, Message = "The Durable backend did not start; retrying in {Delay}")]
    private static partial void LogStartFailed(ILogger logger, Exception exception, TimeSpan delay);
}

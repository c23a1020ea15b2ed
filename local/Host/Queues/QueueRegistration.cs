using AiSec.Playbooks.Intake;
using AiSec.Risk.Assessment;
using Microsoft.DurableTask.Client;
using AiSec.Shared.Storage;

namespace AiSec.LocalHost.Queues;

public static class QueueRegistration
{
    /// <summary>The queue triggers of the local host, one line each (the Functions app has a [QueueTrigger] shell for each).</summary>
    public static IServiceCollection AddQueueTriggers(this IServiceCollection services)
    {
        services.AddQueueTrigger(StorageNames.Queues.DiscoveryChanges, (sp, message, ct) => sp.GetRequiredService<AssetChangeHandler>().HandleAsync(message, ct));
        services.AddQueueTrigger(StorageNames.Queues.IncidentSignals, (sp, message, ct) =>
            sp.GetRequiredService<SignalIntake>().HandleAsync(message, sp.GetRequiredService<DurableTaskClient>(), ct));
        return services;
    }

    private static void AddQueueTrigger(this IServiceCollection services, string queue, Func<IServiceProvider, string, CancellationToken, Task> handle) =>
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueuePoller>(sp, queue, handle, sp));
}

using AiSec.Shared.Storage;
using Azure.Identity;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Options;

namespace AiSec.LocalHost.Durable;

/// <summary>
/// Durable Task's Azure Storage backend (the default backend of Durable Functions) on the product's own storage: the
/// same connection string, or the account URI with DefaultAzureCredential.
/// </summary>
public static class TaskHubBackend
{
    public static AzureStorageOrchestrationService Create(
        IOptions<StorageOptions> storage, IOptions<DurableEngineOptions> engine, ILoggerFactory loggers)
    {
        var options = engine.Value;
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = TaskHubName(storage.Value, options),
            StorageAccountClientProvider = Clients(storage.Value),
            PartitionCount = options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
            ControlQueueBatchSize = options.ControlQueueBatchSize,
            LoggerFactory = loggers,
        };
        return new AzureStorageOrchestrationService(settings);
    }

    public static string TaskHubName(StorageOptions storage, DurableEngineOptions engine) => storage.Prefix + engine.TaskHub;

    private static StorageAccountClientProvider Clients(StorageOptions storage) =>
        storage.ConnectionString is { Length: > 0 } connectionString
            ? new StorageAccountClientProvider(connectionString)
            : new StorageAccountClientProvider(storage.AccountUri!, storage.ServiceUri("queue"), storage.ServiceUri("table"), new DefaultAzureCredential());
}

using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.Extensions.Options;

namespace AiSec.LocalHost.Durable;

public static class DurableEngineExtensions
{
    /// <summary>
    /// Durable Task on this machine: the Azure Storage backend behind the gRPC sidecar, a Durable Task client and,
    /// when <see cref="DurableEngineOptions.RunWorker"/>, a worker running <paramref name="tasks"/>. The same
    /// orchestrator and activity classes run under Durable Functions in Azure.
    /// </summary>
    public static IServiceCollection AddDurableEngine(
        this IServiceCollection services, IConfiguration configuration, Action<DurableTaskRegistry> tasks, bool runWorker)
    {
        services.AddOptions<DurableEngineOptions>()
            .Bind(configuration.GetSection(DurableEngineOptions.SectionName))
            .Configure(o => o.RunWorker = runWorker)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(sp => TaskHubBackend.Create(
            sp.GetRequiredService<IOptions<AiSec.Shared.Storage.StorageOptions>>(), sp.GetRequiredService<IOptions<DurableEngineOptions>>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IOrchestrationService>(sp => new GuardedOrchestrationService(
            sp.GetRequiredService<AzureStorageOrchestrationService>(), sp.GetRequiredService<ILogger<GuardedOrchestrationService>>()));
        // The client half stays the backend itself: the sidecar answers queries and purges through its other interfaces.
        services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        // Registered before the worker: hosted services start in order, and the worker connects as it starts.
        services.AddSingleton<DurableSidecar>();
        services.AddHostedService(sp => sp.GetRequiredService<DurableSidecar>());

        services.AddDurableTaskClient(builder => builder.UseGrpc());
        services.AddOptions<GrpcDurableTaskClientOptions>(Options.DefaultName)
            .Configure<DurableSidecar>((o, sidecar) => o.Channel = sidecar.Channel);

        if (runWorker)
        {
            services.AddDurableTaskWorker(builder =>
            {
                builder.AddTasks(tasks);
                builder.UseGrpc();
            });
            services.AddOptions<GrpcDurableTaskWorkerOptions>(Options.DefaultName)
                .Configure<DurableSidecar, IOptions<DurableEngineOptions>>((o, sidecar, engine) =>
                {
                    o.Channel = sidecar.Channel;
                    o.Concurrency.MaximumConcurrentOrchestrationWorkItems = engine.Value.MaxConcurrentOrchestrations;
                    o.Concurrency.MaximumConcurrentActivityWorkItems = engine.Value.MaxConcurrentActivities;
                });
        }

        return services;
    }
}

using System.Diagnostics;
using AiSec.LocalHost.Durable;
using AiSec.Shared.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiSec.Bench;

/// <summary>
/// The bare local engine with the product's settings (Playbooks:Engine): orchestrations of three trivial activities
/// and one external event, so the playbooks figure can be read against what the engine itself costs.
/// </summary>
public sealed class DurableEngineBenchmark : IBenchmark
{
    private static readonly int Instances = int.TryParse(Environment.GetEnvironmentVariable("AISEC_BENCH_INCIDENTS"), out var n) && n > 0 ? n : 1_000;

    public string Name => "durable-engine";

    public string Description => "the bare local Durable engine: 1,000 orchestrations x (3 trivial activities + 1 event)";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await context.StorageConnectionStringAsync(cancellationToken),
            ["Storage:Prefix"] = "enginebench",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAiSecStorage(builder.Configuration);
        builder.Services.AddDurableEngine(builder.Configuration, r => r.AddOrchestrator<ThreeStepsAndAnEvent>().AddActivity<Echo>(), runWorker: true);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var client = host.Services.GetRequiredService<DurableTaskClient>();

        var watch = Stopwatch.StartNew();
        var ids = new List<string>();
        for (var i = 0; i < Instances; i++)
        {
            ids.Add(await client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeStepsAndAnEvent), i, cancellationToken));
        }

        BenchContext.Report(Name, "scheduled_seconds", watch.Elapsed.TotalSeconds, "s");
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            await client.RaiseEventAsync(id, "go", "now", ct);
            await client.WaitForInstanceCompletionAsync(id, ct);
        });
        BenchContext.Report(Name, "total_seconds", watch.Elapsed.TotalSeconds, "s");
        BenchContext.Report(Name, "instances_per_second", Instances / watch.Elapsed.TotalSeconds, "instances/s");
        await host.StopAsync(cancellationToken);
    }

    private sealed class ThreeStepsAndAnEvent : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        {
            var total = input;
            for (var i = 0; i < 3; i++)
            {
                total = await context.CallActivityAsync<int>(nameof(Echo), total);
            }

            await context.WaitForExternalEvent<string>("go");
            return total;
        }
    }

    private sealed class Echo : TaskActivity<int, int>
    {
        public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input + 1);
    }
}

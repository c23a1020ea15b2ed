using System.Collections.Concurrent;
using System.Diagnostics;
using AiSec.LocalHost.Durable;
using AiSec.LocalHost.Extensions;
using AiSec.Playbooks;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Orchestration;
using AiSec.Shared.Admin;
using AiSec.Shared.Incidents;
using AiSec.Shared.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiSec.Bench;

/// <summary>
/// 1,000 incidents opened at once on the local engine (Azure Storage backend on Azurite behind the gRPC sidecar),
/// each through three automated steps and one approval: none lost, none doubled, time to complete, incidents per
/// second and step latencies. The automated steps run real actions in dry-run mode (no effects, full bookkeeping).
/// </summary>
public sealed class PlaybooksBenchmark : IBenchmark
{
    /// <summary>1,000 by default; AISEC_BENCH_INCIDENTS runs a smaller or larger load.</summary>
    private static readonly int Incidents = int.TryParse(Environment.GetEnvironmentVariable("AISEC_BENCH_INCIDENTS"), out var n) && n > 0 ? n : 1_000;
    private const int ApprovalStep = 4;

    public string Name => "playbooks";

    public string Description => "1,000 incidents at once, 3 automated steps + 1 approval each, on the local Durable engine";

    private const string Playbook = """
        category: model_denial_of_service
        name: Bench playbook
        description: Three automated containment steps and one approval, for the benchmark.
        default_severity: sev3
        sources: ["bench"]
        detection_rules: ["bench"]
        containment_actions: [block_api_key, enable_enhanced_logging, deploy_emergency_guardrail]
        evidence_to_collect: ["bench"]
        notification_requirements: []
        steps:
          - {number: 1, phase: containment, action: Block the key, responsible_role: on_call_engineer, automated: true, run: block_api_key, timeout_minutes: 5}
          - {number: 2, phase: containment, action: Log full text, responsible_role: on_call_engineer, automated: true, run: enable_enhanced_logging, timeout_minutes: 5}
          - {number: 3, phase: containment, action: Block the payload, responsible_role: on_call_engineer, automated: true, run: deploy_emergency_guardrail, timeout_minutes: 5}
          - {number: 4, phase: recovery, action: Approve recovery, responsible_role: ai_security_lead, automated: false, timeout_minutes: 60}
        """;

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("aisec-bench-pb-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "bench.yaml"), Playbook, cancellationToken);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await context.StorageConnectionStringAsync(cancellationToken),
            ["Storage:Prefix"] = "pbbench",
            ["Playbooks:Directory"] = folder,
            ["Audit:SigningKey:PemPath"] = Path.Combine(folder, "audit.pem"),
            ["Playbooks:DedupeWindow"] = "00:00:00",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddLocalCore(builder.Configuration);
        builder.Services.AddDurableEngine(builder.Configuration, PlaybooksServiceCollectionExtensions.RegisterTasks, runWorker: true);
        using var host = builder.Build();
        await host.Services.GetRequiredService<AiSecStorage>().EnsureCreatedAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
        var service = host.Services.GetRequiredService<IncidentService>();
        var durable = host.Services.GetRequiredService<DurableTaskClient>();
        var actor = Actor.System("bench");

        var watch = Stopwatch.StartNew();
        var ids = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Incidents), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var request = new OpenIncidentRequest
            {
                Category = "model_denial_of_service",
                Title = $"bench incident {i}",
                Payload = $"bench payload number {i} that an emergency rule would block",
                Subjects = new IncidentSubjects { Apps = [$"bench-app-{i}"], ApiKeyIds = [$"benchkey{i:D4}"] },
                DryRun = true,
            };
            ids.Add((await service.OpenAsync(request, actor, durable, ct)).Incident.Id);
        });
        BenchContext.Report(Name, "opened", ids.Count, "incidents");
        BenchContext.Report(Name, "open_seconds", watch.Elapsed.TotalSeconds, "s");

        var decidedAt = new ConcurrentDictionary<string, DateTimeOffset>();
        var finished = new Dictionary<string, Incident>();
        while (finished.Count < Incidents && watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            var all = await service.ListAsync(null, cancellationToken);
            var waiting = all.Where(i => i.Steps.Single(s => s.Number == ApprovalStep).Status == StepStatus.Waiting && decidedAt.TryAdd(i.Id, DateTimeOffset.UtcNow)).ToList();
            await Parallel.ForEachAsync(waiting, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (incident, ct) =>
                await service.DecideAsync(incident.Id, ApprovalStep, StepDecisions.Approve, actor, null, durable, ct));
            foreach (var incident in all.Where(i => i.ResolvedAt is not null && i.Steps.All(s => StepStatus.IsTerminal(s.Status))))
            {
                finished[incident.Id] = incident;
            }

            Console.Error.WriteLine(FormattableString.Invariant($"{watch.Elapsed.TotalSeconds:0}s: {all.Count(i => i.Steps.Any(s => s.Status != StepStatus.Pending))} started, {decidedAt.Count} approved, {finished.Count} finished; statuses {string.Join(' ', all.SelectMany(i => i.Steps).GroupBy(s => s.Status).Select(g => $"{g.Key}={g.Count()}"))}"));
            await Task.Delay(1_000, cancellationToken);
        }

        var elapsed = watch.Elapsed.TotalSeconds;
        var automated = new List<double>();
        var approvals = new List<double>();
        foreach (var incident in finished.Values)
        {
            var previous = incident.DetectedAt;
            foreach (var step in incident.Steps.OrderBy(s => s.Number))
            {
                if (step.Number == ApprovalStep)
                {
                    approvals.Add((step.EndedAt!.Value - decidedAt[incident.Id]).TotalMilliseconds);
                }
                else
                {
                    automated.Add((step.EndedAt!.Value - previous).TotalMilliseconds);
                }

                previous = step.EndedAt!.Value;
            }
        }

        var instances = 0;
        await foreach (var instance in durable.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Completed] }).WithCancellation(cancellationToken))
        {
            instances++;
        }

        // Not finished by the deadline is either still on its way (its orchestration runs) or lost (none, or it failed).
        var lost = 0;
        foreach (var id in ids.Where(id => !finished.ContainsKey(id)))
        {
            if (await durable.GetInstanceAsync(id, cancellationToken) is not { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Completed })
            {
                lost++;
            }
        }

        BenchContext.Report(Name, "completed", finished.Count, "incidents");
        BenchContext.Report(Name, "unfinished_at_deadline", Incidents - finished.Count - lost, "incidents");
        BenchContext.Report(Name, "lost", lost + Incidents - ids.Count, "incidents");
        BenchContext.Report(Name, "orchestrations_completed", instances, "instances");
        BenchContext.Report(Name, "doubled", Math.Max(0, instances - Incidents), "instances");
        BenchContext.Report(Name, "total_seconds", elapsed, "s");
        BenchContext.Report(Name, "incidents_per_second", finished.Count / elapsed, "incidents/s");
        BenchContext.Report(Name, "automated_step_p50", Latency.Percentile(automated, 0.50), "ms");
        BenchContext.Report(Name, "automated_step_p99", Latency.Percentile(automated, 0.99), "ms");
        BenchContext.Report(Name, "approval_to_done_p50", Latency.Percentile(approvals, 0.50), "ms");
        BenchContext.Report(Name, "approval_to_done_p99", Latency.Percentile(approvals, 0.99), "ms");
        await host.StopAsync(cancellationToken);
        Directory.Delete(folder, recursive: true);
    }
}

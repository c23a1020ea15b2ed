using System.Diagnostics;
using System.Text.Json.Nodes;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Storage;
using AiSec.Shared.Audit.Verification;
using AiSec.Shared.Audit.Writing;
using AiSec.Shared.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AiSec.Bench;

/// <summary>
/// Sustained audit appends to Azurite: one process with one writer, then four writer instances on the same stream
/// (conditional appends, re-read on conflict). Records/s from the first append until everything is persisted; the
/// chain is verified afterwards so the figure is for records that really landed.
/// </summary>
public sealed class AuditAppendBenchmark : IBenchmark
{
    public string Name => "audit-append";

    public string Description => "audit records/s to Azurite: 1 writer (500,000), 4 concurrent writers (4 x 25,000), durable one-by-one (2,000)";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var connection = await context.StorageConnectionStringAsync(cancellationToken);
        var keyPath = Path.Combine(Path.GetTempPath(), "aisec-bench", "audit-signing.pem");

        await RunAsync("single", connection, keyPath, writers: 1, perWriter: 20_000, cancellationToken, warmup: true);
        await RunAsync("single", connection, keyPath, writers: 1, perWriter: 500_000, cancellationToken);
        await RunAsync("concurrent4", connection, keyPath, writers: 4, perWriter: 25_000, cancellationToken);
        await RunAsync("durable", connection, keyPath, writers: 1, perWriter: 2_000, cancellationToken, durability: AuditDurability.Durable);
    }

    private async Task RunAsync(
        string label, string connection, string keyPath, int writers, int perWriter, CancellationToken cancellationToken, bool warmup = false,
        AuditDurability durability = AuditDurability.Buffered)
    {
        var prefix = "b" + Guid.NewGuid().ToString("N")[..10];
        var storages = Enumerable.Range(0, writers).Select(_ => Storage(connection, prefix)).ToList();
        await storages[0].EnsureCreatedAsync(cancellationToken);
        var options = Options.Create(new AuditOptions { SigningKey = { PemPath = keyPath } });
        var logs = storages.Select(s => new BlobAuditLog(
            s, options, new AuditSigningKeyProvider(options, NullLogger<AuditSigningKeyProvider>.Instance), TimeProvider.System,
            NullLogger<BlobAuditLog>.Instance)).ToList();
        foreach (var log in logs)
        {
            await log.StartAsync(cancellationToken);
        }

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(logs.Select((log, w) => Task.Run(async () =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                await log.AppendAsync(
                    new AuditEvent(AuditStreams.Guardrail, $"gateway-{w}", "guardrail.decision", $"req-{w}-{i}", i % 7 == 0 ? "block" : "allow",
                        new JsonObject { ["policy"] = "default", ["rule"] = "prompt-injection", ["score"] = 0.12, ["tenant"] = "contoso", ["latencyMs"] = i % 50 }),
                    durability, cancellationToken);
            }

            await log.FlushAsync(cancellationToken);
        }, cancellationToken)));
        watch.Stop();
        foreach (var log in logs)
        {
            await log.StopAsync(cancellationToken);
        }

        var verifier = new AuditStorageVerifier(new AuditStorageReader(storages[0]), new AuditSigningKeyProvider(options, NullLogger<AuditSigningKeyProvider>.Instance));
        var result = await verifier.VerifyAsync(AuditStreams.Guardrail, cancellationToken);
        var total = writers * perWriter;
        if (!result.Ok || result.Records != total)
        {
            throw new InvalidOperationException($"audit bench chain invalid: {result.Reason} ({result.Records} of {total})");
        }

        if (warmup)
        {
            return;
        }

        var blobs = await new AuditStorageReader(storages[0]).ListRecordBlobsAsync(AuditStreams.Guardrail, cancellationToken);
        BenchContext.Report(Name, $"{label}.writers", writers, "");
        BenchContext.Report(Name, $"{label}.records", total, "");
        BenchContext.Report(Name, $"{label}.elapsed", watch.Elapsed.TotalSeconds, "s");
        BenchContext.Report(Name, $"{label}.throughput", total / watch.Elapsed.TotalSeconds, "records/s");
        if (durability == AuditDurability.Durable)
        {
            BenchContext.Report(Name, $"{label}.mean-latency", watch.Elapsed.TotalMilliseconds / total, "ms");
        }

        BenchContext.Report(Name, $"{label}.checkpoints", result.Checkpoints, "");
        BenchContext.Report(Name, $"{label}.blobs", blobs.Count, "");
        BenchContext.Report(Name, $"{label}.verified", result.Ok ? 1 : 0, "");
    }

    private static AiSecStorage Storage(string connection, string prefix) => new(
        new TableServiceClient(connection),
        new BlobServiceClient(connection),
        new QueueServiceClient(connection),
        Options.Create(new StorageOptions { ConnectionString = connection, Prefix = prefix }));
}

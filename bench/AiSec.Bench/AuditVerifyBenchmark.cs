using System.Diagnostics;
using System.Text.Json.Nodes;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Chain;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Records;
using AiSec.Shared.Audit.Verification;

namespace AiSec.Bench;

/// <summary>
/// Offline verification speed: an export of 600,000 records (~250 MB, 4 streams, a signed checkpoint every 10,000
/// records) generated in the exact stored format, verified end to end (both passes) from a warm file cache.
/// </summary>
public sealed class AuditVerifyBenchmark : IBenchmark
{
    private const int Records = 600_000;
    private const int CheckpointEvery = 10_000;

    public string Name => "audit-verify";

    public string Description => "offline verify of a ~250 MB export (MB/s)";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"aisec-audit-verify-{Guid.NewGuid():N}.jsonl");
        using var key = AuditSigningKey.Create();
        try
        {
            await GenerateAsync(path, key, cancellationToken);
            var bytes = new FileInfo(path).Length;
            var best = double.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var watch = Stopwatch.StartNew();
                var result = await AuditFileVerifier.VerifyAsync(path, key.PublicKey, allowPartial: false, cancellationToken);
                watch.Stop();
                if (!result.Ok || result.Records != Records)
                {
                    throw new InvalidOperationException($"generated export does not verify: {result.Reason}");
                }

                best = Math.Min(best, watch.Elapsed.TotalSeconds);
                BenchContext.Report(Name, $"run{run + 1}.throughput", bytes / 1e6 / watch.Elapsed.TotalSeconds, "MB/s");
            }

            BenchContext.Report(Name, "bytes", bytes, "");
            BenchContext.Report(Name, "records", Records, "");
            BenchContext.Report(Name, "best.elapsed", best, "s");
            BenchContext.Report(Name, "best.throughput", bytes / 1e6 / best, "MB/s");
            BenchContext.Report(Name, "best.records", Records / best, "records/s");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task GenerateAsync(string path, AuditSigningKey key, CancellationToken cancellationToken)
    {
        string[] streams = [AuditStreams.Guardrail, AuditStreams.Discovery, AuditStreams.Risk, AuditStreams.Playbooks];
        var checkpoints = new List<byte[]>();
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        var buffer = new GrowableBuffer(1 << 20);
        var time = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var stream in streams)
        {
            var previous = new byte[AuditHash.Size];
            var hash = new byte[AuditHash.Size];
            var merkle = new MerkleBuilder();
            long from = 0;
            for (long seq = 1; seq <= Records / streams.Length; seq++)
            {
                var body = AuditRecordFormat.EncodeBody(
                    new AuditEvent(stream, "gateway-1", "guardrail.decision", $"req-{seq}", seq % 7 == 0 ? "block" : "allow",
                        new JsonObject
                        {
                            ["policy"] = "default", ["rule"] = "prompt-injection", ["score"] = 0.12, ["tenant"] = "contoso",
                            ["model"] = "gpt-4o", ["user"] = $"user-{seq % 997}", ["latencyMs"] = seq % 50, ["categories"] = new JsonArray("jailbreak", "pii"),
                        }),
                    time.AddMilliseconds(seq));
                AuditRecordFormat.WriteLine(buffer, stream, seq, body, previous, hash);
                hash.CopyTo(previous, 0);
                merkle.Add(hash);
                if (seq % CheckpointEvery == 0)
                {
                    var checkpoint = new AuditCheckpoint(stream, seq, from, AuditHash.ToHex(hash), AuditHash.ToHex(merkle.Root()),
                        AuditRecordFormat.FormatTime(time), key.KeyId).SignWith(key);
                    checkpoints.Add(checkpoint.ToLine());
                    merkle.Reset();
                    from = seq;
                }

                if (buffer.Length > 900_000)
                {
                    await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
                    buffer.Clear();
                }
            }
        }

        foreach (var line in checkpoints)
        {
            buffer.Append(line);
            buffer.Append("\n"u8);
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
    }
}

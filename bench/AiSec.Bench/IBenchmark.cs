namespace AiSec.Bench;

/// <summary>
/// One measured scenario. Throughput and latency against real storage are measured with wall-clock loops here
/// (BenchmarkDotNet suits the in-process micro-benchmarks, which implement this by running it).
/// </summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(BenchContext context, CancellationToken cancellationToken);
}

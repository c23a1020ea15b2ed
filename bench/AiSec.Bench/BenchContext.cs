using AiSec.LocalHost.Emulator;

namespace AiSec.Bench;

/// <summary>What a benchmark runs against: an in-memory Azurite of its own (started on demand), and a report.</summary>
public sealed class BenchContext : IAsyncDisposable
{
    private AzuriteProcess? _azurite;

    public async Task<string> StorageConnectionStringAsync(CancellationToken cancellationToken)
    {
        _azurite ??= await AzuriteProcess.StartAsync(
            RepositoryRoot.Require(), dataPath: null, blobPort: 0, detachedLog: null, TimeSpan.FromSeconds(90), cancellationToken);
        return _azurite.Endpoints.ConnectionString;
    }

    /// <summary>Prints one figure as "name: value unit" so results can be grepped and pasted into notes.</summary>
    public static void Report(string benchmark, string metric, double value, string unit) =>
        Console.WriteLine(FormattableString.Invariant($"{benchmark}.{metric}: {value:0.###} {unit}"));

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

using AiSec.Program.Metrics;
using AiSec.Shared.Storage;
using AiSec.Shared.Timers;
using Microsoft.Extensions.Logging;

namespace AiSec.Program.Snapshots;

/// <summary>The daily snapshot timer (<c>Dashboard:SnapshotSchedule</c>): today's figures saved so trends exist.</summary>
public sealed partial class SnapshotJob(ProgramInputsLoader loader, AiSecStorage storage, TimeProvider time, ILogger<SnapshotJob> logger) : ITimerJob
{
    private readonly SnapshotStore _store = new(storage);

    public string Name => "dashboard-snapshot";

    public string ScheduleSetting => DashboardOptions.SnapshotScheduleSetting;

    public async Task RunAsync(CancellationToken cancellationToken) => await TakeAsync(cancellationToken);

    public async Task<DailySnapshot> TakeAsync(CancellationToken cancellationToken)
    {
        var inputs = await loader.LoadAsync(time.GetUtcNow(), cancellationToken);
        var (metrics, _) = MetricsCalculator.Compute(inputs);
        var snapshot = DailySnapshot.From(inputs, metrics);
        await _store.SaveAsync(snapshot, cancellationToken);
        LogSnapshot(logger, snapshot.Day, snapshot.GuardrailBlocks, snapshot.TotalAiAssets);
        return snapshot;
    }

    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Dashboard snapshot for {Day}: {Blocks} guardrail blocks in 24 h, {Assets} assets")]
    private static partial void LogSnapshot(ILogger logger, string day, long blocks, int assets);
}

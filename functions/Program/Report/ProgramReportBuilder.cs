using AiSec.Program.Maturity;
using AiSec.Program.Metrics;
using AiSec.Program.Snapshots;
using AiSec.Shared.Storage;
using Microsoft.Extensions.Options;

namespace AiSec.Program.Report;

/// <summary>The one computation behind the page, the JSON and the report: inputs, metrics, maturity, seed 002, trends.</summary>
public sealed class ProgramReportBuilder(ProgramInputsLoader loader, AiSecStorage storage, IOptions<DashboardOptions> options, TimeProvider time)
{
    private readonly SnapshotStore _snapshots = new(storage);

    public async Task<ProgramReport> BuildAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var trends = _snapshots.RecentAsync(now, options.Value.TrendDays, cancellationToken);
        var inputs = await loader.LoadAsync(now, cancellationToken);
        return Build(inputs, await trends);
    }

    public static ProgramReport Build(ProgramInputs inputs, IReadOnlyList<DailySnapshot> trends)
    {
        var (metrics, supporting) = MetricsCalculator.Compute(inputs);
        var definitions = MetricDefinitions.Program.Concat(MetricDefinitions.Supporting).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new ProgramReport(
            inputs.Now,
            metrics,
            supporting,
            MaturityAssessor.Assess(MaturityFigures.From(metrics, supporting)),
            Seed002Calculator.Compute(inputs, metrics, supporting),
            definitions,
            trends);
    }
}

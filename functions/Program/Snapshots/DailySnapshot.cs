using AiSec.Program.Metrics;
using AiSec.Shared.Usage;

namespace AiSec.Program.Snapshots;

/// <summary>
/// The figures of one UTC day, as the daily timer saw them: state as of <see cref="TakenAt"/> (risk, overdue
/// actions) and activity over the 24 hours before it (incidents detected by category, guardrail blocks and flags).
/// Running again the same day replaces that day's snapshot. The trend charts are drawn from these.
/// </summary>
public sealed record DailySnapshot
{
    public required string Day { get; init; }

    public required DateTimeOffset TakenAt { get; init; }

    public double? MeanResidualRisk { get; init; }

    public int CriticalRiskAssets { get; init; }

    public int HighRiskAssets { get; init; }

    public int TotalAiAssets { get; init; }

    public IReadOnlyDictionary<string, int> IncidentsByCategory { get; init; } = new Dictionary<string, int>();

    public long GuardrailRequests { get; init; }

    public long GuardrailBlocks { get; init; }

    public long GuardrailFlags { get; init; }

    public int OverdueActions { get; init; }

    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    public static string DayKey(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DailySnapshot From(ProgramInputs inputs, ProgramMetrics metrics)
    {
        var now = inputs.Now;
        var counters = inputs.Counters.Where(c => c.Hour > now - Window && c.Hour <= now).ToList();
        return new DailySnapshot
        {
            Day = DayKey(now),
            TakenAt = now,
            MeanResidualRisk = metrics.MeanResidualRisk,
            CriticalRiskAssets = metrics.CriticalRiskAssets,
            HighRiskAssets = metrics.HighRiskAssets,
            TotalAiAssets = metrics.TotalAiAssets,
            IncidentsByCategory = inputs.Incidents.Where(i => i.DetectedAt > now - Window && i.DetectedAt <= now)
                .GroupBy(i => i.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            GuardrailRequests = counters.Sum(c => c[GuardrailCounterKeys.Requests]),
            GuardrailBlocks = counters.Sum(c => c[GuardrailCounterKeys.Blocks]),
            GuardrailFlags = counters.Sum(c => c[GuardrailCounterKeys.Flags]),
            OverdueActions = metrics.OverdueActions,
        };
    }
}

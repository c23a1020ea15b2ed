using System.Globalization;
using AiSec.Shared.Assets;
using AiSec.Shared.Usage;

namespace AiSec.Program.Metrics;

/// <summary>
/// Seed 002's operational metrics where the product holds the data: M2 from guardrail counters and the registry, M3
/// from audit verification, M4 from the counters' latency histogram, M6 from overturned decisions, M7 from blocks
/// by category, M8 and M9 from incidents. M1, M5 and M10 are listed as not computable.
/// </summary>
public static class Seed002Calculator
{
    /// <summary>Windows over the guardrail counters: recent traffic for coverage and latency, a month for rates.</summary>
    public static readonly TimeSpan CoverageWindow = TimeSpan.FromDays(7);

    public static readonly TimeSpan RateWindow = TimeSpan.FromDays(30);

    private const string NotAvailable = "Defined by seed 002, whose text is not available here; no data this product holds is known to match it, so it is not guessed.";

    /// <summary>Asset types that take prompts, so a guardrail can screen their traffic.</summary>
    private static readonly HashSet<string> PromptServing =
    [
        AssetVocabulary.Types.FoundationModel, AssetVocabulary.Types.FineTunedModel, AssetVocabulary.Types.AiAgent, AssetVocabulary.Types.ApiEndpoint,
    ];

    public static IReadOnlyList<Seed002Metric> Compute(ProgramInputs inputs, ProgramMetrics metrics, SupportingFigures supporting)
    {
        var now = inputs.Now;
        var recent = inputs.Counters.Where(c => now - c.Hour <= CoverageWindow).ToList();
        var month = inputs.Counters.Where(c => now - c.Hour <= RateWindow).ToList();
        var screenedApps = recent.Where(c => c[GuardrailCounterKeys.Requests] > 0).Select(c => c.App).ToHashSet(StringComparer.Ordinal);
        var serving = inputs.Assets.Where(a => a.Status != AssetVocabulary.Status.Missing && PromptServing.Contains(a.AssetType)).ToList();
        var screened = serving.Count(a => a.GuardrailApp is { Length: > 0 } app && screenedApps.Contains(GuardrailCounterKeys.AppKey(app)));
        var requests = month.Sum(c => c[GuardrailCounterKeys.Requests]);
        var blocks = month.Sum(c => c[GuardrailCounterKeys.Blocks]);
        var extraction = month.Sum(c => c[GuardrailCounterKeys.BlocksInCategoryPrefix + "prompt_extraction"]);
        var overturnedBlocks = inputs.Overturns.Count(o => o.Decision == "block" && now - o.DecidedAt <= RateWindow);
        var audit = inputs.Audit;

        return
        [
            new("M1", "not available", false, null, "", "", NotAvailable),
            new("M2", "safety-flag coverage", true, MetricsCalculator.Rate(screened, serving.Count), "rate",
                "Prompt-serving assets (models, agents, endpoints) whose guardrailApp had traffic screened by the guardrail in the last 7 days, over all prompt-serving assets.",
                serving.Count == 0 ? "no prompt-serving assets registered" : $"{screened} of {serving.Count} assets screened"),
            new("M3", "audit completeness", true, audit.Records == 0 ? null : audit.Intact ? MetricsCalculator.Rate(audit.Vouched, audit.Records) : 0, "rate",
                "Chain verification of every audit stream: records vouched for by a signed checkpoint, over all records; 0 when a chain is broken.",
                audit.Records == 0 ? "no audit records yet"
                    : audit.Intact ? $"intact: {audit.Records} records, {audit.Records - audit.Vouched} awaiting the next signed checkpoint"
                    : $"BROKEN: {audit.Problem}"),
            new("M4", "latency uplift p95", true, LatencyP95Ms(recent), "ms",
                "95th percentile of the guardrail's own screening time per request over the last 7 days, as the upper bound of its latency bucket (the time it adds to an AI call, network excluded).",
                LatencyP95Ms(recent) is null ? "no screened requests in the last 7 days" : null),
            new("M5", "not available", false, null, "", "", NotAvailable),
            new("M6", "false-positive rate", true, MetricsCalculator.Rate(overturnedBlocks, blocks), "rate",
                "Blocks in the last 30 days later marked false positive ('aisec guard overturn'), over all blocks in those 30 days.",
                blocks == 0 ? "no blocks in the last 30 days" : $"{overturnedBlocks} of {blocks} blocks overturned"),
            new("M7", "extraction attempt rate", true, MetricsCalculator.Rate(extraction, requests), "rate",
                "Requests blocked as prompt_extraction in the last 30 days, over all requests screened in those 30 days.",
                requests == 0 ? "no screened requests in the last 30 days" : $"{extraction} of {requests} requests"),
            new("M8", "escalation rate", true, supporting.EscalationRate, "rate",
                "Incidents escalated at least once (a missed deadline or a failed step), over all incidents recorded.",
                supporting.IncidentsRecorded == 0 ? "no incidents recorded" : null),
            new("M9", "incident MTTR", true, metrics.MeanTimeToResolveHours, "hours",
                "mean_time_to_resolve_hours: resolved − detected, in hours, over incidents resolved so far.",
                metrics.MeanTimeToResolveHours is null ? "no resolved incidents" : null),
            new("M10", "not available", false, null, "", "", NotAvailable),
        ];
    }

    private static double? LatencyP95Ms(IReadOnlyList<CounterRow> rows)
    {
        var buckets = GuardrailCounterKeys.LatencyBucketsUs
            .Select(b => (BoundUs: (double)b, Count: rows.Sum(r => r[GuardrailCounterKeys.LatencyPrefix + b.ToString(CultureInfo.InvariantCulture)])))
            .Append((BoundUs: double.PositiveInfinity, Count: rows.Sum(r => r[GuardrailCounterKeys.LatencyOverLast])))
            .ToList();
        var total = buckets.Sum(b => b.Count);
        if (total == 0)
        {
            return null;
        }

        long seen = 0;
        foreach (var (bound, count) in buckets)
        {
            seen += count;
            if (seen >= Math.Ceiling(total * 0.95))
            {
                return double.IsPositiveInfinity(bound) ? GuardrailCounterKeys.LatencyBucketsUs[^1] / 1000.0 : bound / 1000.0;
            }
        }

        return GuardrailCounterKeys.LatencyBucketsUs[^1] / 1000.0;
    }
}

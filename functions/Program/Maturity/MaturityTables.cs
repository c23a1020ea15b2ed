namespace AiSec.Program.Maturity;

/// <summary>
/// The thresholds of each maturity dimension, one table per dimension: a level is reached when its criteria and
/// those of every level below it are met (level 1, Initial, needs nothing). This reconstructs the seed's
/// <c>assess_program_maturity</c>, whose source is not available here, from the metrics it names: asset management
/// on inventory coverage and review coverage at 50 / 75 / 90 %; incident response on playbooks defined (all eight
/// categories) and measured MTTC / MTTR targets; red teaming on engagements this year and the remediation rate.
/// </summary>
public static class MaturityTables
{
    public const string AssetManagement = "asset_management";
    public const string IncidentResponse = "incident_response";
    public const string RedTeaming = "red_teaming";

    public static IReadOnlyDictionary<string, IReadOnlyList<Criterion>> Dimensions { get; } = new Dictionary<string, IReadOnlyList<Criterion>>(StringComparer.Ordinal)
    {
        [AssetManagement] =
        [
            new(MaturityLevel.Managed, "total_ai_assets", Comparison.AtLeast, 1, MetricUnit.Count),
            new(MaturityLevel.Managed, "asset_coverage_rate", Comparison.AtLeast, 0.50, MetricUnit.Rate),
            new(MaturityLevel.Defined, "asset_coverage_rate", Comparison.AtLeast, 0.75, MetricUnit.Rate),
            new(MaturityLevel.Defined, "review_coverage_rate", Comparison.AtLeast, 0.50, MetricUnit.Rate),
            new(MaturityLevel.QuantitativelyManaged, "asset_coverage_rate", Comparison.AtLeast, 0.90, MetricUnit.Rate),
            new(MaturityLevel.QuantitativelyManaged, "review_coverage_rate", Comparison.AtLeast, 0.75, MetricUnit.Rate),
            new(MaturityLevel.Optimizing, "review_coverage_rate", Comparison.AtLeast, 0.90, MetricUnit.Rate),
            new(MaturityLevel.Optimizing, "assets_with_stale_review", Comparison.AtMost, 0, MetricUnit.Count),
        ],
        [IncidentResponse] =
        [
            new(MaturityLevel.Managed, "playbooks_defined", Comparison.AtLeast, 1, MetricUnit.Count),
            new(MaturityLevel.Defined, "playbooks_defined", Comparison.AtLeast, 8, MetricUnit.Count),
            new(MaturityLevel.QuantitativelyManaged, "mean_time_to_contain_hours", Comparison.AtMost, 4, MetricUnit.Hours),
            new(MaturityLevel.QuantitativelyManaged, "mean_time_to_resolve_hours", Comparison.AtMost, 72, MetricUnit.Hours),
            new(MaturityLevel.Optimizing, "mean_time_to_contain_hours", Comparison.AtMost, 1, MetricUnit.Hours),
            new(MaturityLevel.Optimizing, "mean_time_to_resolve_hours", Comparison.AtMost, 24, MetricUnit.Hours),
        ],
        [RedTeaming] =
        [
            new(MaturityLevel.Managed, "red_team_engagements_ytd", Comparison.AtLeast, 1, MetricUnit.Count),
            new(MaturityLevel.Defined, "red_team_engagements_ytd", Comparison.AtLeast, 2, MetricUnit.Count),
            new(MaturityLevel.Defined, "remediation_rate", Comparison.AtLeast, 0.50, MetricUnit.Rate),
            new(MaturityLevel.QuantitativelyManaged, "red_team_engagements_ytd", Comparison.AtLeast, 4, MetricUnit.Count),
            new(MaturityLevel.QuantitativelyManaged, "remediation_rate", Comparison.AtLeast, 0.75, MetricUnit.Rate),
            new(MaturityLevel.Optimizing, "remediation_rate", Comparison.AtLeast, 0.90, MetricUnit.Rate),
        ],
    };
}

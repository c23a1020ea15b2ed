using AiSec.Program.Metrics;

namespace AiSec.Program.Maturity;

/// <summary>The figures the maturity tables read, by the names the tables use.</summary>
public static class MaturityFigures
{
    public static IReadOnlyDictionary<string, double?> From(ProgramMetrics metrics, SupportingFigures supporting) =>
        new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["total_ai_assets"] = metrics.TotalAiAssets,
            ["asset_coverage_rate"] = metrics.AssetCoverageRate,
            ["review_coverage_rate"] = supporting.ReviewCoverageRate,
            ["assets_with_stale_review"] = metrics.TotalAiAssets == 0 ? null : metrics.AssetsWithStaleReview,
            ["playbooks_defined"] = supporting.PlaybooksDefined,
            ["mean_time_to_contain_hours"] = metrics.MeanTimeToContainHours,
            ["mean_time_to_resolve_hours"] = metrics.MeanTimeToResolveHours,
            ["red_team_engagements_ytd"] = metrics.RedTeamEngagementsYtd,
            ["remediation_rate"] = metrics.RemediationRate,
        };
}

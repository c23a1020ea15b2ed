using System.Globalization;
using AiSec.Program.Maturity;
using AiSec.Program.Metrics;

namespace AiSec.Program.Report;

/// <summary>One figure as people read it: its seed name, the value formatted ("no data" for null) and its definition.</summary>
public sealed record MetricRow(string Group, string Name, string Display, bool HasData, string Definition);

/// <summary>The report's figures in reading order, shared by the page and the Markdown report so both say the same.</summary>
public static class MetricRows
{
    public const string NoData = "no data";

    public static IReadOnlyList<MetricRow> For(ProgramReport report)
    {
        var m = report.Metrics;
        var s = report.Supporting;
        var d = report.Definitions;
        MetricRow Row(string group, string name, double? value, MetricUnit unit) =>
            new(group, name, Criterion.Format(value, unit), value is not null, d[name]);

        return
        [
            Row("Assets", "total_ai_assets", m.TotalAiAssets, MetricUnit.Count),
            Row("Assets", "assets_with_security_review", m.AssetsWithSecurityReview, MetricUnit.Count),
            Row("Assets", "assets_with_stale_review", m.AssetsWithStaleReview, MetricUnit.Count),
            Row("Assets", "asset_coverage_rate", m.AssetCoverageRate, MetricUnit.Rate),
            Row("Assets", "review_coverage_rate", s.ReviewCoverageRate, MetricUnit.Rate),
            Row("Risk", "critical_risk_assets", m.CriticalRiskAssets, MetricUnit.Count),
            Row("Risk", "high_risk_assets", m.HighRiskAssets, MetricUnit.Count),
            Row("Risk", "mean_residual_risk", m.MeanResidualRisk, MetricUnit.Count),
            Row("Risk", "risk_acceptance_count", m.RiskAcceptanceCount, MetricUnit.Count),
            Row("Incidents", "incidents_last_30_days", m.IncidentsLast30Days, MetricUnit.Count),
            Row("Incidents", "mean_time_to_detect_hours", m.MeanTimeToDetectHours, MetricUnit.Hours),
            Row("Incidents", "mean_time_to_contain_hours", m.MeanTimeToContainHours, MetricUnit.Hours),
            Row("Incidents", "mean_time_to_resolve_hours", m.MeanTimeToResolveHours, MetricUnit.Hours),
            new("Incidents", "incidents_by_category", Categories(m.IncidentsByCategory), m.IncidentsByCategory is not null, d["incidents_by_category"]),
            Row("Incidents", "playbooks_defined", s.PlaybooksDefined, MetricUnit.Count),
            Row("Controls", "controls_deployed", m.ControlsDeployed, MetricUnit.Count),
            Row("Controls", "controls_operational", m.ControlsOperational, MetricUnit.Count),
            Row("Controls", "control_coverage_rate", m.ControlCoverageRate, MetricUnit.Rate),
            Row("Red team", "red_team_engagements_ytd", m.RedTeamEngagementsYtd, MetricUnit.Count),
            Row("Red team", "findings_from_red_team", m.FindingsFromRedTeam, MetricUnit.Count),
            Row("Red team", "findings_remediated", m.FindingsRemediated, MetricUnit.Count),
            Row("Red team", "remediation_rate", m.RemediationRate, MetricUnit.Rate),
            Row("Compliance", "compliance_gap_count", m.ComplianceGapCount, MetricUnit.Count),
            new("Compliance", "overdue_actions", m.OverdueActions.ToString(CultureInfo.InvariantCulture), true,
                $"{d["overdue_actions"]} Now: {s.Overdue.IncidentSteps} incident step(s), {s.Overdue.RedTeamFindings} finding(s), {s.Overdue.ExpiredRiskAcceptances} acceptance(s)."),
        ];
    }

    /// <summary>A seed 002 metric's value as people read it.</summary>
    public static string Display(Seed002Metric metric) =>
        !metric.Computable ? "not computable"
        : metric.Value is null ? NoData
        : Criterion.Format(metric.Value, metric.Unit switch { "rate" => MetricUnit.Rate, "hours" => MetricUnit.Hours, _ => MetricUnit.Count })
            + (metric.Unit == "ms" ? " ms" : "");

    private static string Categories(IReadOnlyDictionary<string, int>? byCategory) =>
        byCategory is null ? NoData
        : byCategory.Count == 0 ? "none"
        : string.Join(", ", byCategory.Select(p => $"{p.Key} {p.Value}"));
}

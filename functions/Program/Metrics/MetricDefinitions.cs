namespace AiSec.Program.Metrics;

/// <summary>
/// What each figure means here, shown next to the number on the page and in the report. Where the seed left a
/// definition open (coverage, overdue), these are the choices this product made.
/// </summary>
public static class MetricDefinitions
{
    public static IReadOnlyDictionary<string, string> Program { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["total_ai_assets"] = "Registered AI assets that are not missing (active, or in a scope that could not be read).",
        ["assets_with_security_review"] = "Assets with a recorded security review date, however old.",
        ["assets_with_stale_review"] = "Assets whose last security review is more than 90 days old.",
        ["asset_coverage_rate"] = "Assets with both a named owner and a current risk assessment, over total_ai_assets.",
        ["critical_risk_assets"] = "Assets whose latest residual risk is CRITICAL (≥ 75).",
        ["high_risk_assets"] = "Assets whose latest residual risk is HIGH (50 to 75).",
        ["mean_residual_risk"] = "Mean latest residual risk score (0–100) over assessed assets.",
        ["risk_acceptance_count"] = "Risk acceptances in force (their end date not reached).",
        ["incidents_last_30_days"] = "Incidents detected in the last 30 days.",
        ["mean_time_to_detect_hours"] = "MTTD: mean of detected − occurred, in hours, over every recorded incident.",
        ["mean_time_to_contain_hours"] = "MTTC: mean of contained − detected, in hours, over incidents contained so far.",
        ["mean_time_to_resolve_hours"] = "MTTR: mean of resolved − detected, in hours, over incidents resolved so far.",
        ["incidents_by_category"] = "Incidents detected in the last 30 days, by the seed's incident category.",
        ["controls_deployed"] = "Controls with evidence (observed or attested) in assessed assets' latest assessments.",
        ["controls_operational"] = "Of those, controls operational when last assessed.",
        ["control_coverage_rate"] = "Operational controls over assessed assets × the 10 control types the risk model weighs.",
        ["red_team_engagements_ytd"] = "Red-team engagements held this calendar year (UTC).",
        ["findings_from_red_team"] = "Findings recorded from all red-team engagements.",
        ["findings_remediated"] = "Of those, findings marked remediated.",
        ["remediation_rate"] = "findings_remediated over findings_from_red_team.",
        ["compliance_gap_count"] = "Compliance gaps over all assets: no or stale review, missing SBOM, under-classified regulated data, no owner, sensitive data exposed publicly.",
        ["overdue_actions"] = "Incident steps waiting past their deadline + open red-team findings past their due date + risk acceptances expired and not renewed.",
    };

    /// <summary>Supporting figures, by their JSON names.</summary>
    public static IReadOnlyDictionary<string, string> Supporting { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["assets_assessed"] = "Assets with a risk assessment.",
        ["review_coverage_rate"] = "Assets reviewed in the last 90 days, over total_ai_assets.",
        ["playbooks_defined"] = "Incident categories with a playbook (shipped or overridden).",
        ["incidents_recorded"] = "Every incident in the incidents table.",
        ["escalation_rate"] = "Incidents escalated at least once, over incidents recorded.",
    };
}

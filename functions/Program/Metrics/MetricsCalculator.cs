using AiSec.Risk.Scoring;
using AiSec.Shared.Assets;
using AiSec.Shared.Incidents;

namespace AiSec.Program.Metrics;

/// <summary>
/// The seed's program metrics from the product's own data (pure: same inputs, same figures). Definitions where the
/// seed left them open are in <see cref="MetricDefinitions"/>.
/// </summary>
public static class MetricsCalculator
{
    public static readonly TimeSpan StaleReview = TimeSpan.FromDays(90);
    public static readonly TimeSpan IncidentWindow = TimeSpan.FromDays(30);

    public static (ProgramMetrics Metrics, SupportingFigures Supporting) Compute(ProgramInputs inputs)
    {
        var now = inputs.Now;
        var assets = inputs.Assets.Where(a => a.Status != AssetVocabulary.Status.Missing).ToList();
        var assessed = assets.Select(a => inputs.Scores.GetValueOrDefault(a.Id)).OfType<Risk.Assessment.AssetRisk>().ToList();
        var reviewed = assets.Count(a => a.LastSecurityReview is not null);
        var stale = assets.Count(a => a.LastSecurityReview is { } review && now - review > StaleReview);
        var covered = assets.Count(a => !string.IsNullOrWhiteSpace(a.Owner) && inputs.Scores.ContainsKey(a.Id));
        var controls = assessed.SelectMany(r => r.Result.Controls).ToList();
        var operational = controls.Count(c => c.Operational);
        var incidents = inputs.Incidents;
        var recent = incidents.Where(i => now - i.DetectedAt <= IncidentWindow && i.DetectedAt <= now).ToList();
        var findings = inputs.Findings;
        var remediated = findings.Count(f => f.IsRemediated);
        var overdue = new OverdueBreakdown(
            incidents.Where(i => i.Status is IncidentStatus.Open or IncidentStatus.Contained)
                .Sum(i => IncidentJson.ReadSteps(i).Count(s => !StepStatus.IsTerminal(s.Status) && s.Deadline is { } d && d < now)),
            findings.Count(f => f.IsOverdue(now)),
            inputs.Acceptances.Count(a => !a.IsActive(now)));

        var metrics = new ProgramMetrics
        {
            TotalAiAssets = assets.Count,
            AssetsWithSecurityReview = reviewed,
            AssetsWithStaleReview = stale,
            AssetCoverageRate = Rate(covered, assets.Count),
            CriticalRiskAssets = assessed.Count(r => r.Result.RiskLevel == RiskLevels.Critical),
            HighRiskAssets = assessed.Count(r => r.Result.RiskLevel == RiskLevels.High),
            MeanResidualRisk = assessed.Count == 0 ? null : Round(assessed.Average(r => r.Result.ResidualRiskScore), 2),
            RiskAcceptanceCount = inputs.Acceptances.Count(a => a.IsActive(now)),
            IncidentsLast30Days = incidents.Count == 0 ? null : recent.Count,
            MeanTimeToDetectHours = MeanHours(incidents.Where(i => i.OccurredAt != default && i.OccurredAt <= i.DetectedAt).Select(i => i.DetectedAt - i.OccurredAt)),
            MeanTimeToContainHours = MeanHours(incidents.Where(i => i.ContainedAt >= i.DetectedAt).Select(i => i.ContainedAt!.Value - i.DetectedAt)),
            MeanTimeToResolveHours = MeanHours(incidents.Where(i => i.ResolvedAt >= i.DetectedAt).Select(i => i.ResolvedAt!.Value - i.DetectedAt)),
            IncidentsByCategory = incidents.Count == 0 ? null : recent.GroupBy(i => i.Category, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            ControlsDeployed = controls.Count,
            ControlsOperational = operational,
            ControlCoverageRate = Rate(operational, assessed.Count * RiskTables.ControlWeights.Count),
            RedTeamEngagementsYtd = inputs.Engagements.Count(e => e.Date.UtcDateTime.Year == now.UtcDateTime.Year && e.Date <= now),
            FindingsFromRedTeam = findings.Count,
            FindingsRemediated = remediated,
            RemediationRate = Rate(remediated, findings.Count),
            ComplianceGapCount = assets.Sum(a => ComplianceGaps.For(a, now).Count),
            OverdueActions = overdue.IncidentSteps + overdue.RedTeamFindings + overdue.ExpiredRiskAcceptances,
        };
        var supporting = new SupportingFigures
        {
            AssetsAssessed = assessed.Count,
            ReviewCoverageRate = Rate(reviewed - stale, assets.Count),
            PlaybooksDefined = inputs.PlaybooksDefined,
            IncidentsRecorded = incidents.Count,
            EscalationRate = Rate(incidents.Count(i => i.Escalations > 0), incidents.Count),
            Overdue = overdue,
        };
        return (metrics, supporting);
    }

    /// <summary>A fraction rounded to 4 places, or null when there is nothing to divide by ("no data").</summary>
    public static double? Rate(long part, long whole) => whole == 0 ? null : Round((double)part / whole, 4);

    private static double? MeanHours(IEnumerable<TimeSpan> spans)
    {
        var list = spans.ToList();
        return list.Count == 0 ? null : Round(list.Average(s => s.TotalHours), 2);
    }

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}

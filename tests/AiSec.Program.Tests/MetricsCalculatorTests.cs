using AiSec.Program.Metrics;
using AiSec.Program.Page;
using AiSec.Program.RedTeam;
using AiSec.Program.Report;
using AiSec.Risk.Acceptance;
using AiSec.Shared.Assets;
using AiSec.Shared.Incidents;
using AiSec.Shared.Usage;

namespace AiSec.Program.Tests;

/// <summary>The seed's metrics and seed 002's from known inputs: exact figures, and "no data" where nothing can be measured.</summary>
public sealed class MetricsCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_any_data_incident_and_rate_figures_are_no_data_not_zero()
    {
        var (metrics, supporting) = MetricsCalculator.Compute(new ProgramInputs { Now = Now });

        Assert.Null(metrics.IncidentsLast30Days);
        Assert.Null(metrics.IncidentsByCategory);
        Assert.Null(metrics.MeanTimeToDetectHours);
        Assert.Null(metrics.MeanTimeToContainHours);
        Assert.Null(metrics.MeanTimeToResolveHours);
        Assert.Null(metrics.AssetCoverageRate);
        Assert.Null(metrics.MeanResidualRisk);
        Assert.Null(metrics.RemediationRate);
        Assert.Null(supporting.EscalationRate);
        Assert.Equal(0, metrics.TotalAiAssets);
    }

    [Fact]
    public void Incident_times_give_mttd_mttc_mttr_in_hours_and_recent_incidents_by_category()
    {
        var inputs = new ProgramInputs
        {
            Now = Now,
            Incidents =
            [
                Incident("i1", "prompt_injection_exploitation", occurred: -50, detected: -48, contained: -46, resolved: -24, escalations: 1),
                Incident("i2", "prompt_injection_exploitation", occurred: -10, detected: -9, contained: -8, resolved: null),
                Incident("i3", "jailbreak_bypass", occurred: -40 * 24, detected: -40 * 24 + 3, contained: null, resolved: null),
            ],
        };

        var (metrics, supporting) = MetricsCalculator.Compute(inputs);

        Assert.Equal(2, metrics.IncidentsLast30Days);
        Assert.Equal(new Dictionary<string, int> { ["prompt_injection_exploitation"] = 2 }, metrics.IncidentsByCategory);
        Assert.Equal(2.0, metrics.MeanTimeToDetectHours);
        Assert.Equal(1.5, metrics.MeanTimeToContainHours);
        Assert.Equal(24.0, metrics.MeanTimeToResolveHours);
        Assert.Equal(0.3333, supporting.EscalationRate);
        Assert.Equal(3, supporting.IncidentsRecorded);
    }

    [Fact]
    public void Overdue_actions_add_late_incident_steps_late_findings_and_expired_acceptances()
    {
        var steps = IncidentJson.Write(new[]
        {
            new IncidentStepState { Number = 1, Status = StepStatus.Waiting, Deadline = Now.AddHours(-1) },
            new IncidentStepState { Number = 2, Status = StepStatus.Waiting, Deadline = Now.AddHours(1) },
            new IncidentStepState { Number = 3, Status = StepStatus.Done, Deadline = Now.AddHours(-5) },
        });
        var inputs = new ProgramInputs
        {
            Now = Now,
            Incidents = [Incident("i1", "jailbreak_bypass", -5, -4, null, null)],
            Findings =
            [
                new RedTeamFinding("f1", "e1", "late", "high", null, Now.AddDays(-1), Now.AddDays(-10), "cli:x"),
                new RedTeamFinding("f2", "e1", "late but fixed", "high", null, Now.AddDays(-1), Now.AddDays(-10), "cli:x", Now.AddDays(-2), "bob"),
                new RedTeamFinding("f3", "e1", "not due", "low", null, Now.AddDays(3), Now.AddDays(-10), "cli:x"),
            ],
            Acceptances =
            [
                new RiskAcceptance("a1", "ciso", "r", Now.AddDays(-100), Now.AddDays(-1), "cli:x"),
                new RiskAcceptance("a2", "ciso", "r", Now.AddDays(-100), Now.AddDays(10), "cli:x"),
            ],
        };
        inputs.Incidents[0].Steps = steps;

        var (metrics, supporting) = MetricsCalculator.Compute(inputs);

        Assert.Equal(new OverdueBreakdown(1, 1, 1), supporting.Overdue);
        Assert.Equal(3, metrics.OverdueActions);
        Assert.Equal(1, metrics.RiskAcceptanceCount);
        Assert.Equal(3, metrics.FindingsFromRedTeam);
        Assert.Equal(1, metrics.FindingsRemediated);
        Assert.Equal(0.3333, metrics.RemediationRate);
    }

    [Fact]
    public void Asset_figures_count_reviews_staleness_and_coverage()
    {
        var inputs = new ProgramInputs
        {
            Now = Now,
            Assets =
            [
                Asset("a", owner: "team", review: Now.AddDays(-10)),
                Asset("b", owner: "team", review: Now.AddDays(-91)),
                Asset("c", owner: null, review: null),
                Asset("gone", owner: "team", review: null) with { Status = AssetVocabulary.Status.Missing },
            ],
        };

        var (metrics, supporting) = MetricsCalculator.Compute(inputs);

        Assert.Equal(3, metrics.TotalAiAssets);
        Assert.Equal(2, metrics.AssetsWithSecurityReview);
        Assert.Equal(1, metrics.AssetsWithStaleReview);
        Assert.Equal(0.0, metrics.AssetCoverageRate);
        Assert.Equal(0.3333, supporting.ReviewCoverageRate);
        Assert.True(metrics.ComplianceGapCount >= 3);
    }

    [Fact]
    public void Seed_002_metrics_come_from_counters_overturns_and_incidents_and_three_are_not_computable()
    {
        var hour = Now.AddHours(-2);
        var inputs = new ProgramInputs
        {
            Now = Now,
            Assets = [Asset("bot", "team", null) with { GuardrailApp = "Claims" }, Asset("unscreened", "team", null)],
            Counters =
            [
                new CounterRow("claims", hour, new Dictionary<string, long>
                {
                    [GuardrailCounterKeys.Requests] = 100, [GuardrailCounterKeys.Blocks] = 10,
                    [GuardrailCounterKeys.BlocksInCategoryPrefix + "prompt_extraction"] = 4,
                    [GuardrailCounterKeys.LatencyColumn(0.2)] = 90, [GuardrailCounterKeys.LatencyColumn(3)] = 10,
                }),
            ],
            Overturns = [new("r1", "claims", "block", ["jailbreak"], hour, 3, "bob", null, Now, "cli:x"), new("r2", "claims", "flag", [], hour, 4, "bob", null, Now, "cli:x")],
        };
        var (metrics, supporting) = MetricsCalculator.Compute(inputs);

        var seed = Seed002Calculator.Compute(inputs, metrics, supporting).ToDictionary(m => m.Id);

        Assert.Equal(0.5, seed["M2"].Value);
        Assert.Equal(5.0, seed["M4"].Value);
        Assert.Equal(0.1, seed["M6"].Value);
        Assert.Equal(0.04, seed["M7"].Value);
        Assert.Null(seed["M8"].Value);
        Assert.Equal(["M1", "M5", "M10"], seed.Values.Where(m => !m.Computable).Select(m => m.Id));
        Assert.All(seed.Values.Where(m => !m.Computable), m => Assert.False(string.IsNullOrWhiteSpace(m.Note)));
    }

    [Fact]
    public void The_page_shows_each_figure_with_its_definition_and_no_data_where_there_is_none()
    {
        var report = ProgramReportBuilder.Build(new ProgramInputs { Now = Now }, []);

        var html = DashboardPage.Render(report);

        Assert.Contains("id=\"no-data\"", html, StringComparison.Ordinal);
        Assert.Contains("data-metric=\"incidents_last_30_days\">no data<", html, StringComparison.Ordinal);
        Assert.All(MetricRows.For(report), row => Assert.Contains(System.Net.WebUtility.HtmlEncode(row.Definition), html, StringComparison.Ordinal));
        Assert.Contains("data-empty-chart=\"chart-residual-risk\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static IncidentEntity Incident(string id, string category, int occurred, int detected, int? contained, int? resolved, int escalations = 0) => new()
    {
        RowKey = id,
        Category = category,
        OccurredAt = Now.AddHours(occurred),
        DetectedAt = Now.AddHours(detected),
        ContainedAt = contained is { } c ? Now.AddHours(c) : null,
        ResolvedAt = resolved is { } r ? Now.AddHours(r) : null,
        Status = resolved is null ? contained is null ? IncidentStatus.Open : IncidentStatus.Contained : IncidentStatus.Resolved,
        Escalations = escalations,
    };

    private static AiAsset Asset(string id, string? owner, DateTimeOffset? review) => new()
    {
        Id = "manual:" + id,
        Name = id,
        Source = "manual",
        AssetType = AssetVocabulary.Types.AiAgent,
        Owner = owner,
        LastSecurityReview = review,
    };
}

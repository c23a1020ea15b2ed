using AiSec.Program.Maturity;
using AiSec.Program.Metrics;

namespace AiSec.Program.Tests;

/// <summary>
/// The reconstructed <c>assess_program_maturity</c> on every threshold of every dimension: at the threshold the level
/// is reached, just short of it it is not. Expectations are written out here, not derived from the tables.
/// </summary>
public sealed class MaturityBoundaryTests
{
    [Theory]
    [InlineData(0, null, null, null, 1)]
    [InlineData(10, 0.4999, 1.0, 0, 1)]
    [InlineData(10, 0.50, 0.0, 5, 2)]
    [InlineData(10, 0.7499, 1.0, 0, 2)]
    [InlineData(10, 0.75, 0.4999, 0, 2)]
    [InlineData(10, 0.75, 0.50, 5, 3)]
    [InlineData(10, 0.8999, 1.0, 0, 3)]
    [InlineData(10, 0.90, 0.7499, 0, 3)]
    [InlineData(10, 0.90, 0.75, 3, 4)]
    [InlineData(10, 0.90, 0.8999, 0, 4)]
    [InlineData(10, 0.90, 0.90, 1, 4)]
    [InlineData(10, 0.90, 0.90, 0, 5)]
    [InlineData(10, 1.0, 1.0, 0, 5)]
    public void Asset_management_levels(int total, double? coverage, double? reviewCoverage, int? stale, int expected)
    {
        var figures = new Dictionary<string, double?>
        {
            ["total_ai_assets"] = total, ["asset_coverage_rate"] = coverage, ["review_coverage_rate"] = reviewCoverage, ["assets_with_stale_review"] = stale,
        };

        Assert.Equal(expected, Assess(MaturityTables.AssetManagement, figures).Level);
    }

    [Theory]
    [InlineData(0, null, null, 1)]
    [InlineData(0, 0.5, 1.0, 1)]
    [InlineData(1, null, null, 2)]
    [InlineData(7, 0.5, 1.0, 2)]
    [InlineData(8, null, null, 3)]
    [InlineData(8, 4.01, 10.0, 3)]
    [InlineData(8, 4.0, 72.01, 3)]
    [InlineData(8, 4.0, 72.0, 4)]
    [InlineData(8, 1.01, 24.0, 4)]
    [InlineData(8, 1.0, 24.01, 4)]
    [InlineData(8, 1.0, 24.0, 5)]
    public void Incident_response_levels(int playbooks, double? mttc, double? mttr, int expected)
    {
        var figures = new Dictionary<string, double?>
        {
            ["playbooks_defined"] = playbooks, ["mean_time_to_contain_hours"] = mttc, ["mean_time_to_resolve_hours"] = mttr,
        };

        Assert.Equal(expected, Assess(MaturityTables.IncidentResponse, figures).Level);
    }

    [Theory]
    [InlineData(0, null, 1)]
    [InlineData(0, 1.0, 1)]
    [InlineData(1, null, 2)]
    [InlineData(1, 1.0, 2)]
    [InlineData(2, 0.4999, 2)]
    [InlineData(2, 0.50, 3)]
    [InlineData(3, 1.0, 3)]
    [InlineData(4, 0.7499, 3)]
    [InlineData(4, 0.75, 4)]
    [InlineData(4, 0.8999, 4)]
    [InlineData(4, 0.90, 5)]
    public void Red_teaming_levels(int engagements, double? remediation, int expected)
    {
        var figures = new Dictionary<string, double?> { ["red_team_engagements_ytd"] = engagements, ["remediation_rate"] = remediation };

        Assert.Equal(expected, Assess(MaturityTables.RedTeaming, figures).Level);
    }

    [Fact]
    public void Names_the_level_scores_progress_and_lists_what_the_next_level_needs()
    {
        var figures = new Dictionary<string, double?> { ["red_team_engagements_ytd"] = 4, ["remediation_rate"] = 0.5 };

        var assessment = Assess(MaturityTables.RedTeaming, figures);

        Assert.Equal(3, assessment.Level);
        Assert.Equal("Defined", assessment.LevelName);
        Assert.Equal(3.5, assessment.Score);
        Assert.Equal("remediation_rate is 50%; Quantitatively Managed needs remediation_rate ≥ 75%", Assert.Single(assessment.GapsToNextLevel));
        Assert.Contains("red_team_engagements_ytd 4 meets red_team_engagements_ytd ≥ 2 (Defined)", assessment.Evidence);
    }

    [Fact]
    public void The_top_level_has_no_gaps_and_scores_five()
    {
        var figures = new Dictionary<string, double?> { ["red_team_engagements_ytd"] = 6, ["remediation_rate"] = 1.0 };

        var assessment = Assess(MaturityTables.RedTeaming, figures);

        Assert.Equal(("Optimizing", 5.0), (assessment.LevelName, assessment.Score));
        Assert.Empty(assessment.GapsToNextLevel);
    }

    [Fact]
    public void Missing_data_is_a_gap_not_a_pass()
    {
        var figures = new Dictionary<string, double?> { ["playbooks_defined"] = 8, ["mean_time_to_contain_hours"] = null, ["mean_time_to_resolve_hours"] = 5 };

        var assessment = Assess(MaturityTables.IncidentResponse, figures);

        Assert.Equal(3, assessment.Level);
        Assert.Contains("mean_time_to_contain_hours is no data; Quantitatively Managed needs mean_time_to_contain_hours ≤ 4 h", assessment.GapsToNextLevel);
    }

    [Fact]
    public void Every_metric_the_tables_read_is_a_figure_the_report_provides()
    {
        var metrics = MetricsCalculator.Compute(new ProgramInputs { Now = DateTimeOffset.UnixEpoch });
        var figures = MaturityFigures.From(metrics.Metrics, metrics.Supporting);

        Assert.All(MaturityTables.Dimensions.Values.SelectMany(t => t), c => Assert.True(figures.ContainsKey(c.Metric), c.Metric));
        Assert.Equal(["asset_management", "incident_response", "red_teaming"], MaturityAssessor.Assess(figures).Select(a => a.Dimension));
    }

    private static MaturityAssessment Assess(string dimension, Dictionary<string, double?> figures) =>
        MaturityAssessor.Assess(dimension, MaturityTables.Dimensions[dimension], figures);
}

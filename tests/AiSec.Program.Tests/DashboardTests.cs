using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Testing;

namespace AiSec.Program.Tests;

/// <summary>The dashboard's figures over HTTP and from the CLI, on a seeded program.</summary>
public sealed class DashboardTests(SeededDashboard dashboard) : IClassFixture<SeededDashboard>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_report_json_equals_the_figures_the_page_serves()
    {
        var served = await dashboard.Host.Client.GetStringAsync("api/dashboard", Ct);
        var report = await CliRunner.RunAsync(["report", "--format", "json"], dashboard.Host.Settings, cancellationToken: Ct);

        Assert.True(report.ExitCode == 0, report.StdErr);
        Assert.Equal(WithoutTimestamp(served), WithoutTimestamp(report.StdOut));
    }

    [Fact]
    public async Task The_seeded_figures_use_the_seed_names()
    {
        var json = JsonNode.Parse(await dashboard.Host.Client.GetStringAsync("api/dashboard", Ct))!;
        var metrics = json["metrics"]!;

        Assert.Equal(4, (int)metrics["total_ai_assets"]!);
        Assert.Equal(3, (int)metrics["assets_with_security_review"]!);
        Assert.Equal(1, (int)metrics["assets_with_stale_review"]!);
        Assert.Equal(0.75, (double)metrics["asset_coverage_rate"]!);
        Assert.Equal(1, (int)metrics["risk_acceptance_count"]!);
        Assert.Equal(3, (int)metrics["incidents_last_30_days"]!);
        Assert.Equal(2.0, (double)metrics["mean_time_to_detect_hours"]!);
        Assert.Equal(1.5, (double)metrics["mean_time_to_contain_hours"]!);
        Assert.Equal(22.0, (double)metrics["mean_time_to_resolve_hours"]!);
        var now = dashboard.Seed.Now;
        Assert.Equal(new[] { now.AddDays(-20), now.AddDays(-3) }.Count(d => d.Year == now.Year), (int)metrics["red_team_engagements_ytd"]!);
        Assert.Equal(3, (int)metrics["findings_from_red_team"]!);
        Assert.Equal(2, (int)metrics["findings_remediated"]!);
        Assert.Equal(0.6667, (double)metrics["remediation_rate"]!);
        Assert.Equal(1, (int)metrics["overdue_actions"]!);
        var maturity = json["maturity"]!.AsArray();
        Assert.Equal(["asset_management", "incident_response", "red_teaming"], maturity.Select(m => (string)m!["dimension"]!));
        Assert.All(maturity, m => Assert.NotNull(m!["gaps_to_next_level"]));
        Assert.Equal("Defined", (string)maturity[0]!["level_name"]!); // coverage 75 %, current reviews 2 of 4
        Assert.Equal(DashboardSeed.SnapshotDays, json["trends"]!.AsArray().Count);
        var today = json["trends"]!.AsArray()[^1]!;
        Assert.Equal((1, 4), ((int)today["guardrail_blocks"]!, (int)today["guardrail_flags"]!));
    }

    [Fact]
    public async Task An_acceptance_shows_in_risk_show()
    {
        var shown = await CliRunner.RunAsync(["risk", "show", DashboardSeed.AssetIds[1], "--json"], dashboard.Host.Settings, cancellationToken: Ct);

        Assert.True(shown.ExitCode == 0, shown.StdErr);
        var acceptance = JsonDocument.Parse(shown.StdOut).RootElement.GetProperty("acceptance");
        Assert.Equal("ciso@contoso.test", acceptance.GetProperty("acceptedBy").GetString());
        Assert.Equal("compensating WAF rules until re-platforming", acceptance.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_markdown_report_names_every_metric_and_dimension()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aisec-report-{Guid.NewGuid():N}.md");

        var result = await CliRunner.RunAsync(["report", "--out", path], dashboard.Host.Settings, cancellationToken: Ct);

        Assert.True(result.ExitCode == 0, result.StdErr);
        var markdown = await File.ReadAllTextAsync(path, Ct);
        Assert.Contains("| remediation_rate | 66.7% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| red_teaming | ", markdown, StringComparison.Ordinal);
        Assert.Contains("| M10 | not available | not computable |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_served_at_the_root()
    {
        using var response = await dashboard.Host.Client.GetAsync("", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("data-metric=\"total_ai_assets\">4<", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static string WithoutTimestamp(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("generated_at");
        return node.ToJsonString();
    }
}

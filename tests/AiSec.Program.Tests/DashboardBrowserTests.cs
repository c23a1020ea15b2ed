using System.Text.Json.Nodes;
using AiSec.Testing;

namespace AiSec.Program.Tests;

/// <summary>
/// The dashboard in a real browser (<see cref="HeadlessChromium"/>: the system Chromium, nothing downloaded). Loads the seeded host's page, checks
/// figures against the JSON and that every chart drew its points, and saves a screenshot under artifacts/.
/// </summary>
public sealed class DashboardBrowserTests(SeededDashboard dashboard) : IClassFixture<SeededDashboard>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_shows_the_figures_and_every_chart_draws()
    {
        var figures = JsonNode.Parse(await dashboard.Host.Client.GetStringAsync("api/dashboard", Ct))!;
        await using var chromium = await HeadlessChromium.StartAsync(1440, 900);
        var page = chromium.Page;
        var response = await page.GotoAsync(dashboard.Host.BaseUrl + "/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("4", await page.Locator("[data-metric=total_ai_assets]").InnerTextAsync());
        Assert.Equal("3", await page.Locator("[data-kpi=incidents_last_30_days]").InnerTextAsync());
        Assert.Equal("66.7%", await page.Locator("[data-metric=remediation_rate]").InnerTextAsync());
        Assert.Equal("1", await page.Locator("[data-metric=risk_acceptance_count]").InnerTextAsync());
        Assert.Equal("22 h", await page.Locator("[data-metric=mean_time_to_resolve_hours]").InnerTextAsync());
        foreach (var dimension in figures["maturity"]!.AsArray())
        {
            var level = await page.Locator($"[data-dimension={(string)dimension!["dimension"]!}] [data-level]").InnerTextAsync();
            Assert.Equal(((int)dimension["level"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), level);
        }

        Assert.Equal(DashboardSeed.SnapshotDays, await page.Locator("#chart-residual-risk .point").CountAsync());
        Assert.Equal(2 * DashboardSeed.SnapshotDays, await page.Locator("#chart-guardrail .point").CountAsync());
        Assert.Equal(4, await page.Locator("#chart-incidents .point").CountAsync());
        foreach (var chart in new[] { "#chart-residual-risk", "#chart-incidents", "#chart-guardrail" })
        {
            var box = await page.Locator(chart).BoundingBoxAsync();
            Assert.True(box is { Width: > 200, Height: > 60 }, $"{chart} was not laid out: {box?.Width}x{box?.Height}");
            Assert.True(await page.Locator($"{chart} .point").First.IsVisibleAsync(), $"{chart} drew no visible point");
        }

        Assert.Equal(0, await page.Locator("#no-data").CountAsync());
        await chromium.ScreenshotAsync("dashboard.png", minimumBytes: 10_000);
    }
}

using System.Text.Json.Nodes;
using AiSec.Testing;
using Microsoft.Playwright;

namespace AiSec.Program.Tests;

/// <summary>
/// The dashboard in a real browser: the system Chromium (Debian package <c>chromium</c>, installed by .ci/run) driven
/// by Playwright's node driver from its NuGet package, so nothing is downloaded. Loads the seeded host's page, checks
/// figures against the JSON and that every chart drew its points, and saves a screenshot under artifacts/.
/// </summary>
public sealed class DashboardBrowserTests(SeededDashboard dashboard) : IClassFixture<SeededDashboard>
{
    /// <summary>Where the browser is; <c>AISEC_CHROMIUM</c> points elsewhere.</summary>
    private static string ChromiumPath => Environment.GetEnvironmentVariable("AISEC_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_shows_the_figures_and_every_chart_draws()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath}: install the Debian package 'chromium' (.ci/run does) or set AISEC_CHROMIUM.");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var figures = JsonNode.Parse(await dashboard.Host.Client.GetStringAsync("api/dashboard", Ct))!;
        var profile = Directory.CreateTempSubdirectory("aisec-chromium-");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
                ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            });
            var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
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
            var screenshot = Path.Combine(RepositoryPaths.Root, "artifacts", "dashboard.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

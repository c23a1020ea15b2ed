using System.Text.Json;
using AiSec.LocalHost;
using AiSec.LocalHost.Extensions;
using AiSec.Playbooks.Incidents;
using AiSec.Shared.Incidents;
using AiSec.Testing;
using AiSec.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Playbooks.Tests.Teams;

/// <summary>
/// Locally, end to end, in a real browser: the local host on Kestrel, an incident opened with the CLI, its human step
/// posted as a card to a (fake) Teams Workflows webhook, the card's Approve link opened in headless Chromium
/// (<see cref="HeadlessChromium"/>: the Debian package, nothing downloads), the form filled in
/// with a development identity and sent, the incident moved on, and <c>aisec incidents show</c> showing the decision.
/// Screenshots of the page and its answer go to artifacts/.
/// </summary>
public sealed class ApprovalPageBrowserTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cards_approve_link_opens_the_page_and_the_decision_moves_the_incident()
    {
        await using var teams = await FakeTeamsWebhook.StartAsync(Ct);
        var folder = Directory.CreateTempSubdirectory("aisec-approval-page-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "test.yaml"), TestPlaybooks.Jailbreak, Ct);
        var port = LoopbackPort.Free();
        var prefix = AzuriteFixture.NewPrefix();
        var settings = new Dictionary<string, string?>(azurite.Settings(prefix))
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["Playbooks:Directory"] = folder.FullName,
            ["Playbooks:TimeScale"] = "0.05",
            ["Playbooks:Approvals:BaseUrl"] = $"http://127.0.0.1:{port}/api/approvals",
            ["Playbooks:Approvals:DevIdentity"] = "true",
            ["Playbooks:Approvals:SigningKey:Path"] = Path.Combine(folder.FullName, "approval.key"),
            ["Playbooks:Teams:Channels:on_call_engineer:WebhookUrl"] = teams.UrlFor("oncall"),
            ["Audit:SigningKey:PemPath"] = Path.Combine(folder.FullName, "audit.pem"),
        };
        var app = LocalHostApp.Build(LocalHostApp.CreateBuilder([], settings));
        await app.StartAsync(Ct);
        try
        {
            await app.Services.GetRequiredService<StorageInitializer>().Ready.WaitAsync(TimeSpan.FromSeconds(90), Ct);
            var opened = await CliRunner.RunAsync(["incidents", "open", "--category", "jailbreak_bypass", "--title", "Jailbreak reached the support bot", "--json"], settings, cancellationToken: Ct);
            Assert.True(opened.ExitCode == 0, opened.StdErr);
            var id = JsonDocument.Parse(opened.StdOut).RootElement.GetProperty("incident").GetProperty("id").GetString()!;

            var card = await teams.WaitForCardAsync(p => p.Path.Contains("/oncall/", StringComparison.Ordinal) && p.Card.ToJsonString().Contains(id, StringComparison.Ordinal), cancellationToken: Ct);
            var approve = card.Card["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Approve")!["url"]!.GetValue<string>();

            await using var chromium = await HeadlessChromium.StartAsync(900, 1000);
            var page = chromium.Page;
            var shown = await page.GotoAsync(approve);
            Assert.Equal(200, shown!.Status);
            Assert.Equal("Confirm the detection", await page.Locator("#step-action").InnerTextAsync());
            Assert.Equal(["Approve", "Reject", "Done"], await page.Locator("button[name=decision]").AllInnerTextsAsync());
            Assert.Contains("chosen", await page.Locator("button[value=approve]").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            await page.FillAsync("#identity", "alice");
            await page.FillAsync("#comment", "confirmed from the browser");
            await chromium.ScreenshotAsync("approval-page.png");

            await page.ClickAsync("button[value=approve]");
            await page.WaitForSelectorAsync("#outcome");
            Assert.Equal("true", await page.Locator("#outcome").GetAttributeAsync("data-decided"));
            Assert.Contains("Approve recorded for step 1", await page.Locator("#outcome").InnerTextAsync(), StringComparison.Ordinal);
            await chromium.ScreenshotAsync("approval-page-decided.png");
            var again = await page.GotoAsync(approve);
            Assert.Equal(409, again!.Status);
            Assert.Equal("replayed", await page.Locator("#refusal").GetAttributeAsync("data-reason"));

            var incidents = app.Services.GetRequiredService<IncidentService>();
            var moved = await WaitAsync(() => incidents.GetAsync(id, Ct), i => i!.Steps.Single(s => s.Number == 2).Status == StepStatus.Done);
            var show = await CliRunner.RunAsync(["incidents", "show", id, "--json"], settings, cancellationToken: Ct);

            Assert.Equal(StepStatus.Done, moved!.Steps.Single(s => s.Number == 1).Status);
            Assert.Equal("dev-identity:alice", moved.Steps.Single(s => s.Number == 1).DecidedBy);
            Assert.True(show.ExitCode == 0, show.StdErr);
            var timeline = JsonDocument.Parse(show.StdOut).RootElement.GetProperty("timeline").EnumerateArray().ToList();
            Assert.Contains(timeline, e => e.GetProperty("actor").GetString() == "dev-identity:alice"
                && e.GetProperty("message").GetString() == "approve on step 1: (development identity, not verified) confirmed from the browser");
            Assert.Contains(timeline, e => e.GetProperty("message").GetString() == "step_assigned to on_call_engineer via teams: sent");
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || watch.Elapsed > TimeSpan.FromSeconds(60))
            {
                return value;
            }

            await Task.Delay(100, Ct);
        }
    }

}

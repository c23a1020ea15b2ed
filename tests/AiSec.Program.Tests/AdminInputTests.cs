using System.Net;
using System.Text.Json;
using AiSec.Testing;

namespace AiSec.Program.Tests;

/// <summary>
/// The new admin commands and routes as people use them: valid changes land and are audited; bad input (unknown
/// asset, engagement or request id, a date in the past) is exit 2 or a 400 naming the field, and nothing is written.
/// </summary>
public sealed class AdminInputTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Red_team_records_go_through_the_cli_and_are_audited()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());
        var asset = await CliRunner.FileWithAsync("""{"name":"Claims bot","assetType":"agent","owner":"claims"}""", Ct);
        Assert.Equal(0, (await CliRunner.RunAsync(["assets", "add", "--file", asset], settings, cancellationToken: Ct)).ExitCode);

        var added = await CliRunner.RunAsync(["redteam", "add", "--name", "Q2 jailbreak sweep", "--date", "2026-01-05", "--lead", "red@contoso.test", "--scope", "manual:claims-bot"], settings, cancellationToken: Ct);
        var engagement = added.StdOut.Trim();
        var finding = await CliRunner.RunAsync(["redteam", "finding", engagement, "--title", "System prompt leaks via translation", "--severity", "high", "--asset", "manual:claims-bot", "--json"], settings, cancellationToken: Ct);
        var findingId = JsonDocument.Parse(finding.StdOut).RootElement.GetProperty("id").GetString()!;
        var remediated = await CliRunner.RunAsync(["redteam", "remediate", findingId, "--by", "ml@contoso.test"], settings, cancellationToken: Ct);
        var listed = await CliRunner.RunAsync(["redteam", "list", "--json"], settings, cancellationToken: Ct);
        var records = await AdminAuditTrail.ReadAsync(settings, Ct);

        Assert.True(added.ExitCode == 0, added.StdErr);
        Assert.True(finding.ExitCode == 0, finding.StdErr);
        Assert.True(remediated.ExitCode == 0, remediated.StdErr);
        var listing = JsonDocument.Parse(listed.StdOut).RootElement;
        Assert.Equal(["manual:claims-bot"], listing.GetProperty("engagements")[0].GetProperty("scope").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("ml@contoso.test", listing.GetProperty("findings")[0].GetProperty("remediatedBy").GetString());
        Assert.Single(records, r => AdminAuditTrail.Is(r, "redteam_engagement_recorded", engagement));
        Assert.Single(records, r => AdminAuditTrail.Is(r, "redteam_finding_recorded", findingId));
        var remediation = Assert.Single(records, r => AdminAuditTrail.Is(r, "redteam_finding_remediated", findingId));
        Assert.Equal(JsonValueKind.Null, remediation.GetProperty("details").GetProperty("before").GetProperty("remediatedAt").ValueKind);
    }

    [Theory]
    [InlineData("scope", "redteam", "add", "--name", "x", "--date", "2026-01-05", "--lead", "red", "--scope", "manual:nope")]
    [InlineData("date", "redteam", "add", "--name", "x", "--date", "2999-01-05", "--lead", "red")]
    [InlineData("engagementId", "redteam", "finding", "rt-nope", "--title", "t", "--severity", "high")]
    [InlineData("findingId", "redteam", "remediate", "rtf-nope", "--by", "bob")]
    [InlineData("requestId", "guard", "overturn", "0199f0c2a1b27c3d8e9f001122334455", "--by", "bob")]
    [InlineData("requestId", "guard", "overturn", "not-an-id", "--by", "bob")]
    public async Task Bad_input_to_the_new_commands_exits_2_naming_the_field(string field, params string[] args)
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());

        var result = await CliRunner.RunAsync(args, settings, cancellationToken: Ct);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"aisec: error: {field}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risk_acceptance_of_an_unknown_asset_or_until_a_past_date_exits_2_naming_the_field()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());
        var soon = DateTimeOffset.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var unknown = await CliRunner.RunAsync(["risk", "accept", "manual:nope", "--by", "ciso", "--until", soon, "--reason", "compensating controls"], settings, cancellationToken: Ct);
        var past = await CliRunner.RunAsync(["risk", "accept", "manual:nope", "--by", "ciso", "--until", "2020-01-01", "--reason", "compensating controls"], settings, cancellationToken: Ct);

        Assert.Equal((2, 2), (unknown.ExitCode, past.ExitCode));
        Assert.StartsWith("aisec: error: assetId: no asset 'manual:nope'", unknown.StdErr, StringComparison.Ordinal);
        Assert.StartsWith("aisec: error: until: 2020-01-01", past.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_over_http_is_a_400_problem_naming_the_field()
    {
        await using var host = await ProgramHost.StartAsync(azurite);
        var soon = DateTimeOffset.UtcNow.AddDays(30).ToString("o");

        var cases = new (string Path, string Body, string Field)[]
        {
            ("api/risk/manual%3Anope/acceptances", $$"""{"acceptedBy":"ciso","until":"{{soon}}","reason":"r"}""", "assetId"),
            ("api/risk/manual%3Anope/acceptances", """{"acceptedBy":"ciso","until":"2020-01-01T00:00:00Z","reason":"r"}""", "until"),
            ("api/risk/manual%3Anope/acceptances", $$"""{"acceptedBy":"ciso","untill":"{{soon}}","reason":"r"}""", "untill"),
            ("api/guardrail/decisions/0199f0c2a1b27c3d8e9f001122334455/overturn", """{"overturnedBy":"bob"}""", "requestId"),
            ("api/redteam/engagements", """{"name":"x","date":"2026-01-05T00:00:00Z","lead":"red","scope":["manual:nope"]}""", "scope"),
            ("api/redteam/engagements", """{"name":"x","date":"yesterday","lead":"red"}""", "date"),
            ("api/redteam/engagements/rt-nope/findings", """{"title":"t","severity":"high"}""", "engagementId"),
            ("api/redteam/findings/rtf-nope/remediate", """{"remediatedBy":"bob"}""", "findingId"),
        };
        foreach (var (path, body, field) in cases)
        {
            using var response = await host.PostJsonAsync(path, body);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} {body}: {response.StatusCode}");
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{path} {body}: {problem}");
        }
    }
}

using System.Text.Json;
using AiSec.Testing;

namespace AiSec.Risk.Tests;

/// <summary>An asset exported by the seed (its <c>to_dict()</c>) registers and scores through the CLI as it is.</summary>
public sealed class SeedAssetTests(AzuriteFixture azurite)
{
    /// <summary>
    /// <see cref="SeedAssets.ClaimsAgentToDict"/>: regulated 95×.25 + public×production 90×.2 + openai 20 with a stale
    /// review +10 = 30×.15 + HIPAA 90×.15 + ai_agent 90×.15 + proprietary licence 40×.1. The seed's risk_score and
    /// controls are not read.
    /// </summary>
    private const double Inherent = (95 * .25) + (90 * .2) + (30 * .15) + (90 * .15) + (90 * .15) + (40 * .1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_seed_to_dict_agent_registers_lists_and_scores_as_ai_agent()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());
        var file = await CliRunner.FileWithAsync(SeedAssets.ClaimsAgentToDict, Ct);

        var added = await CliRunner.RunAsync(["assets", "add", "--file", file, "--json"], settings, cancellationToken: Ct);
        var listed = await CliRunner.RunAsync(["assets", "search", "--type", "ai_agent", "--regulatory", "hipaa", "--json"], settings, cancellationToken: Ct);
        var scored = await CliRunner.RunAsync(["risk", "score", "--asset-file", file, "--json"], cancellationToken: Ct);
        var assessed = await CliRunner.RunAsync(["risk", "assess", "--json"], settings, cancellationToken: Ct);

        Assert.True(added.ExitCode == 0, added.StdErr);
        var asset = Assert.Single(JsonDocument.Parse(listed.StdOut).RootElement.EnumerateArray());
        Assert.Equal("asset-7f3c", asset.GetProperty("id").GetString());
        Assert.Equal("ai_agent", asset.GetProperty("assetType").GetString());
        Assert.Equal("regulated", asset.GetProperty("dataClassification").GetString());
        Assert.Equal("public", asset.GetProperty("networkExposure").GetString());
        Assert.Equal("Insurance Operations", asset.GetProperty("businessUnit").GetString());
        Assert.Equal("asset-1a2b", Assert.Single(asset.GetProperty("upstream").EnumerateArray()).GetString());
        Assert.Equal(new DateTimeOffset(2020, 1, 15, 9, 30, 0, TimeSpan.Zero), asset.GetProperty("lastSecurityReview").GetDateTimeOffset());

        Assert.True(scored.ExitCode == 0, scored.StdErr);
        var score = JsonDocument.Parse(scored.StdOut).RootElement;
        Assert.Equal(Math.Round(Inherent, 2), score.GetProperty("inherentRiskScore").GetDouble());
        Assert.Equal(0, score.GetProperty("controlEffectiveness").GetDouble());
        Assert.Equal("CRITICAL", score.GetProperty("riskLevel").GetString());
        Assert.Contains(score.GetProperty("riskFactors").EnumerateArray(), f => f.GetProperty("details").GetString() == "asset type ai_agent");

        // The registry path scores the registered asset the same as the file.
        Assert.True(assessed.ExitCode == 0, assessed.StdErr);
        var assessment = Assert.Single(JsonDocument.Parse(assessed.StdOut).RootElement.EnumerateArray());
        Assert.Equal("asset-7f3c", assessment.GetProperty("assetId").GetString());
        Assert.Equal(Math.Round(Inherent, 2), assessment.GetProperty("inherentRiskScore").GetDouble());
    }

    [Fact]
    public async Task The_old_agent_value_is_accepted_and_never_emitted()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());
        var file = await CliRunner.FileWithAsync("""{"id":"manual:bot","name":"Bot","assetType":"agent","dataClassification":"internal","deploymentEnv":"production","networkExposure":"internal"}""", Ct);

        var added = await CliRunner.RunAsync(["assets", "add", "--file", file, "--json"], settings, cancellationToken: Ct);
        var found = await CliRunner.RunAsync(["assets", "search", "--type", "agent", "--json"], settings, cancellationToken: Ct);
        var scored = await CliRunner.RunAsync(["risk", "score", "--asset-file", file, "--json"], cancellationToken: Ct);

        Assert.True(added.ExitCode == 0, added.StdErr);
        Assert.Equal("ai_agent", JsonDocument.Parse(added.StdOut).RootElement.GetProperty("assetType").GetString());
        Assert.Equal("ai_agent", Assert.Single(JsonDocument.Parse(found.StdOut).RootElement.EnumerateArray()).GetProperty("assetType").GetString());
        Assert.True(scored.ExitCode == 0, scored.StdErr);
        Assert.DoesNotContain("\"agent\"", scored.StdOut + added.StdOut + found.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("type agent", scored.StdOut, StringComparison.Ordinal);
    }
}

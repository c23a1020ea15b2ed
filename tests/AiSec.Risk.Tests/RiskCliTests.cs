using System.Text.Json;
using AiSec.Testing;

namespace AiSec.Risk.Tests;

public sealed class RiskCliTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Score_prints_the_contract_fields_rounded_to_two_decimals()
    {
        var asset = await CliRunner.FileWithAsync("""{"name":"kb","assetType":"vector_db","dataClassification":"restricted","deploymentEnv":"staging","regulatoryScope":["pci_dss"],"modelProvider":"openai","isSelfHosted":false,"lastSecurityReview":null,"sbomAvailable":true,"licenseType":"mit","sourceUrl":null,"networkExposure":"vpc"}""", Ct);
        var controls = await CliRunner.FileWithAsync("""[{"type":"encryption_at_rest","operational":true},{"type":"rate_limiting","operational":false}]""", Ct);

        var result = await CliRunner.RunAsync(["risk", "score", "--asset-file", asset, "--controls-file", controls, "--json"], cancellationToken: Ct);

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.StdOut).RootElement;
        // 85×.25 + 24×.2 + 40×.15 + 90×.15 + 55×.15 + 20×.1 = 55.8; controls 0.10 → 50.22
        Assert.Equal(55.8, json.GetProperty("inherentRiskScore").GetDouble());
        Assert.Equal(0.1, json.GetProperty("controlEffectiveness").GetDouble());
        Assert.Equal(50.22, json.GetProperty("residualRiskScore").GetDouble());
        Assert.Equal("HIGH", json.GetProperty("riskLevel").GetString());
        Assert.Equal(10, json.GetProperty("riskReductionPercentage").GetDouble());
        var factor = json.GetProperty("riskFactors")[0];
        foreach (var field in new[] { "dimension", "score", "weight", "details" })
        {
            Assert.True(factor.TryGetProperty(field, out _), field);
        }

        Assert.Equal(3, json.GetProperty("recommendations").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"assetType":"ai_agent","dataClassification":"secret","deploymentEnv":"production","networkExposure":"public"}""", "dataClassification")]
    [InlineData("""{"assetType":"spaceship","dataClassification":"public","deploymentEnv":"production","networkExposure":"public"}""", "assetType")]
    [InlineData("""{"assetType":"ai_agent","dataClassification":"public","deploymentEnv":"production","networkExposure":"public","isSelfHosted":"yes"}""", "isSelfHosted")]
    [InlineData("""{"assetType":"ai_agent","dataClassification":"public","deploymentEnv":"production","networkExposure":"public","lastSecurityReview":"last tuesday"}""", "lastSecurityReview")]
    [InlineData("""{"assetType":"ai_agent","dataClassification":"public","deploymentEnv":"production"}""", "networkExposure")]
    [InlineData("""{"assetType": """, "not valid JSON")]
    [InlineData("""{"asset_type":"ai_agent","data_classification":"public","deployment_env":"production"}""", "network_exposure: is required")]
    [InlineData("""{"asset_type":"robot","data_classification":"public","deployment_env":"production","network_exposure":"vpc"}""", "asset_type: 'robot' is not one of")]
    public async Task Bad_asset_files_name_the_field_and_exit_two(string content, string expected)
    {
        var result = await CliRunner.RunAsync(["risk", "score", "--asset-file", await CliRunner.FileWithAsync(content, Ct), "--json"], cancellationToken: Ct);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.StdErr, StringComparison.Ordinal);
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public async Task Unknown_control_type_names_the_entry()
    {
        var asset = await CliRunner.FileWithAsync("""{"assetType":"ai_agent","dataClassification":"public","deploymentEnv":"production","networkExposure":"public"}""", Ct);
        var controls = await CliRunner.FileWithAsync("""[{"type":"input_filtering","operational":true},{"type":"prayer","operational":true}]""", Ct);

        var result = await CliRunner.RunAsync(["risk", "score", "--asset-file", asset, "--controls-file", controls], cancellationToken: Ct);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("controls[1].type", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_asset_file_is_bad_usage()
    {
        var result = await CliRunner.RunAsync(["risk", "score", "--asset-file", "/nonexistent/asset.json"], cancellationToken: Ct);

        Assert.Equal(2, result.ExitCode);
    }
}

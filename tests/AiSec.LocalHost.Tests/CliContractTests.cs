using System.Text.Json;
using AiSec.Testing;

namespace AiSec.LocalHost.Tests;

/// <summary>The CLI's stable contract: exit codes 0/1/2, one-line errors on stderr, JSON on stdout.</summary>
public sealed class CliContractTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Version_prints_the_product_version_and_exits_zero()
    {
        var result = await CliRunner.RunAsync(["--version"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.StdOut.Trim());
    }

    [Fact]
    public async Task Unknown_command_is_bad_usage_with_one_clear_line()
    {
        var result = await CliRunner.RunAsync(["frobnicate"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("aisec: error:", line, StringComparison.Ordinal);
        Assert.Contains("frobnicate", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_bad_usage()
    {
        var result = await CliRunner.RunAsync(["storage", "status", "--bogus"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_rejects_an_address_without_a_port_as_bad_usage()
    {
        var result = await CliRunner.RunAsync(["serve", "--urls", "not-a-url"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--urls", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storage_status_reports_configured_storage_as_json()
    {
        var result = await CliRunner.RunAsync(
            ["storage", "status", "--json"], azurite.Settings(AzuriteFixture.NewPrefix()), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.True(json.RootElement.GetProperty("running").GetBoolean());
        Assert.Equal("azure", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Invalid_storage_setting_names_the_setting_and_exits_two()
    {
        var settings = new Dictionary<string, string?> { ["Storage:AccountUri"] = "ftp://example/", ["Storage:Emulator:Enabled"] = "false" };

        var result = await CliRunner.RunAsync(["storage", "status"], settings, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Storage:AccountUri", result.StdErr, StringComparison.Ordinal);
    }
}

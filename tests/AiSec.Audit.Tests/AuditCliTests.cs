using System.Net.Http.Json;
using System.Text.Json;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static AiSec.Audit.Tests.AuditHarness;

namespace AiSec.Audit.Tests;

/// <summary>The real <c>aisec audit</c> CLI against this run's Azurite.</summary>
public sealed class AuditCliTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Verify_tail_export_and_offline_verify_work_against_storage()
    {
        var (prefix, settings) = await SeedAsync(12);

        var verify = await CliRunner.RunAsync(["audit", "verify", "--json"], settings, cancellationToken: Ct);
        Assert.True(verify.ExitCode == 0, verify.StdErr + verify.StdOut);
        using (var json = JsonDocument.Parse(verify.StdOut))
        {
            Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
            Assert.Equal(12, json.RootElement.GetProperty("records").GetInt64());
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("firstBadSeq").ValueKind);
            Assert.True(json.RootElement.GetProperty("checkpoints").GetInt64() >= 1);
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("reason").ValueKind);
        }

        var tail = await CliRunner.RunAsync(["audit", "tail", "--stream", "guardrail", "-n", "3", "--json"], settings, cancellationToken: Ct);
        Assert.True(tail.ExitCode == 0, tail.StdErr);
        using (var json = JsonDocument.Parse(tail.StdOut))
        {
            Assert.Equal([10L, 11L, 12L], json.RootElement.EnumerateArray().Select(r => r.GetProperty("seq").GetInt64()));
            Assert.Equal("request-12", json.RootElement[2].GetProperty("subject").GetString());
        }

        var file = Path.Combine(Path.GetTempPath(), $"aisec-cli-{prefix}.jsonl");
        var export = await CliRunner.RunAsync(["audit", "export", "--out", file, "--json"], settings, cancellationToken: Ct);
        Assert.True(export.ExitCode == 0, export.StdErr);
        var offline = await CliRunner.RunAsync(["audit", "verify", "--file", file, "--json"], settings, cancellationToken: Ct);
        Assert.True(offline.ExitCode == 0, offline.StdErr + offline.StdOut);

        // Tamper with one record: exit code 1 and the seq that was changed.
        var lines = await File.ReadAllLinesAsync(file, Ct);
        lines[4] = lines[4].Replace("request-5", "request-X", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(file, lines, Ct);
        var tampered = await CliRunner.RunAsync(["audit", "verify", "--file", file, "--json"], settings, cancellationToken: Ct);
        Assert.Equal(1, tampered.ExitCode);
        using (var json = JsonDocument.Parse(tampered.StdOut))
        {
            Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
            Assert.Equal(5, json.RootElement.GetProperty("firstBadSeq").GetInt64());
            Assert.Contains("modified", json.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Public_key_prints_the_key_that_verifies_checkpoints()
    {
        var settings = new Dictionary<string, string?> { ["Audit:SigningKey:PemPath"] = KeyPath };

        var result = await CliRunner.RunAsync(["audit", "public-key", "--json"], settings, cancellationToken: Ct);

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var expected = await PublicKeyAsync();
        Assert.Equal(expected.KeyId, json.RootElement.GetProperty("keyId").GetString());
        Assert.Equal(expected.KeyId, AuditPublicKey.FromPem(json.RootElement.GetProperty("publicKeyPem").GetString()!).KeyId);
    }

    [Fact]
    public async Task Offline_verify_with_another_public_key_fails_and_bad_input_is_usage_error()
    {
        var (prefix, settings) = await SeedAsync(3);
        var file = Path.Combine(Path.GetTempPath(), $"aisec-cli-{prefix}.jsonl");
        var export = await CliRunner.RunAsync(["audit", "export", "--out", file], settings, cancellationToken: Ct);
        Assert.True(export.ExitCode == 0, export.StdErr);
        using var stranger = AuditSigningKey.Create();
        var strangerPem = Path.Combine(Path.GetTempPath(), $"aisec-cli-{prefix}.pub.pem");
        await File.WriteAllTextAsync(strangerPem, stranger.PublicKey.Pem, Ct);

        var wrongKey = await CliRunner.RunAsync(["audit", "verify", "--file", file, "--public-key", strangerPem], settings, cancellationToken: Ct);
        var missing = await CliRunner.RunAsync(["audit", "verify", "--file", file + ".missing", "--json"], settings, cancellationToken: Ct);
        var badKey = await CliRunner.RunAsync(["audit", "verify", "--file", file, "--public-key", file], settings, cancellationToken: Ct);
        var badStream = await CliRunner.RunAsync(["audit", "tail", "--stream", "No/Such"], settings, cancellationToken: Ct);

        Assert.Equal(1, wrongKey.ExitCode);
        Assert.Contains("NOT intact", wrongKey.StdOut, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, badKey.ExitCode);
        Assert.Equal(2, badStream.ExitCode);
        Assert.DoesNotContain("   at ", missing.StdErr + badKey.StdErr + badStream.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoint_shows_the_audit_writer_and_capabilities_can_inject_the_log()
    {
        var prefix = AzuriteFixture.NewPrefix();
        await using var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in azurite.Settings(prefix))
            {
                b.UseSetting(key, value);
            }

            b.UseSetting("Audit:SigningKey:PemPath", KeyPath);
        });
        using var client = factory.CreateClient();
        var log = factory.Services.GetService(typeof(IAuditLog)) as IAuditLog;
        Assert.NotNull(log);
        await log.AppendAsync(Event(1), AuditDurability.Durable, Ct);

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/health", UriKind.Relative), Ct);

        var audit = body.GetProperty("components").GetProperty("audit");
        Assert.Equal("healthy", audit.GetProperty("status").GetString());
        Assert.Contains("written 1", audit.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<(string Prefix, Dictionary<string, string?> Settings)> SeedAsync(int count)
    {
        var prefix = AzuriteFixture.NewPrefix();
        var storage = await azurite.CreateStorageAsync(prefix);
        var log = CreateLog(storage, o => o.CheckpointEvery = 5);
        for (var i = 1; i <= count; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Buffered, Ct);
        }

        await log.StopAsync(Ct);
        var settings = new Dictionary<string, string?>(azurite.Settings(prefix)) { ["Audit:SigningKey:PemPath"] = KeyPath };
        return (prefix, settings);
    }
}

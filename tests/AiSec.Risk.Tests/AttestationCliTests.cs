using System.Text.Json;
using AiSec.Testing;

namespace AiSec.Risk.Tests;

/// <summary><c>aisec risk attest</c> as people run it: validated by the Risk admin, and audited.</summary>
public sealed class AttestationCliTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Attestations_are_audited_with_actor_before_and_after()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());
        var asset = Path.GetTempFileName();
        await File.WriteAllTextAsync(asset, """{"name":"Claims bot","assetType":"agent"}""", Ct);
        var until = DateTimeOffset.UtcNow.AddDays(30).ToString("o");

        var added = await CliRunner.RunAsync(["assets", "add", "--file", asset], settings, cancellationToken: Ct);
        var first = await CliRunner.RunAsync(["risk", "attest", "--asset", "manual:claims-bot", "--control", "monitoring", "--by", "ciso@contoso.test"], settings, cancellationToken: Ct);
        var second = await CliRunner.RunAsync(["risk", "attest", "--asset", "manual:claims-bot", "--control", "monitoring", "--by", "ops@contoso.test", "--expires", until], settings, cancellationToken: Ct);
        var unknown = await CliRunner.RunAsync(["risk", "attest", "--asset", "manual:nope", "--control", "monitoring", "--by", "ops@contoso.test"], settings, cancellationToken: Ct);
        var records = await AdminAuditTrail.ReadAsync(settings, Ct);

        Assert.All(new[] { added, first, second }, r => Assert.True(r.ExitCode == 0, r.StdErr));
        Assert.Equal(1, unknown.ExitCode);
        var attested = records.Where(r => AdminAuditTrail.Is(r, "control_attested", "manual:claims-bot")).Select(r => r.GetProperty("details")).ToList();
        Assert.Equal(2, attested.Count);
        Assert.Equal(JsonValueKind.Null, attested[0].GetProperty("before").ValueKind);
        Assert.Equal("ciso@contoso.test", attested[0].GetProperty("after").GetProperty("attestedBy").GetString());
        Assert.Equal("ciso@contoso.test", attested[1].GetProperty("before").GetProperty("attestedBy").GetString());
        Assert.Equal("ops@contoso.test", attested[1].GetProperty("after").GetProperty("attestedBy").GetString());
        Assert.Equal(JsonValueKind.String, attested[1].GetProperty("after").GetProperty("expiresAt").ValueKind);
        Assert.All(records, r => Assert.Equal(AdminAuditTrail.CliActor, r.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task An_expiry_in_the_past_is_refused_naming_the_field()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());

        var result = await CliRunner.RunAsync(["risk", "attest", "--asset", "manual:x", "--control", "monitoring", "--by", "ops", "--expires", "2020-01-01"], settings, cancellationToken: Ct);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("expiresAt", Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}

using AiSec.Guardrail.Admin;
using AiSec.Guardrail.Policy;
using AiSec.Shared.Admin;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Storage;
using AiSec.Testing;

namespace AiSec.Guardrail.Tests;

/// <summary>The guardrail's admin service called directly, as a playbook or an HTTP endpoint would.</summary>
public sealed class GuardrailAdminTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_service_refuses_an_invalid_policy_whoever_calls_it()
    {
        await using var host = await GuardrailHost.StartAsync(azurite);
        var unknownAction = GuardrailPolicy.Default with { Actions = new Dictionary<string, string> { ["jailbreak"] = "nuke" } };
        var threshold = GuardrailPolicy.Default with { LeakThreshold = 1.5 };

        var first = await Assert.ThrowsAsync<InvalidInputException>(() => host.Admin.SetPolicyAsync("billing", unknownAction, GuardrailHost.Actor, Ct));
        var second = await Assert.ThrowsAsync<InvalidInputException>(() => host.Admin.SetPolicyAsync("billing", threshold, GuardrailHost.Actor, Ct));
        var third = await Assert.ThrowsAsync<InvalidInputException>(() => host.Admin.SetPolicyAsync("bill/ing", GuardrailPolicy.Default, GuardrailHost.Actor, Ct));

        Assert.Equal("actions.jailbreak", first.Field);
        Assert.Equal("leakThreshold", second.Field);
        Assert.Equal("app", third.Field);
        Assert.Same(GuardrailPolicy.Default, await host.Admin.GetPolicyAsync("billing", Ct));
        Assert.Empty(await new AuditStorageReader(host.Storage).TailAsync(AuditStreams.Admin, 10, Ct));
    }

    [Fact]
    public async Task Revoking_checks_the_app_and_records_one_change_however_often_it_is_asked()
    {
        await using var host = await GuardrailHost.StartAsync(azurite);
        var keyId = (await host.Admin.CreateKeyAsync("payroll", GuardrailHost.Actor, Ct)).Info.KeyId;

        var wrongApp = await host.Admin.RevokeKeyAsync(keyId, "billing", GuardrailHost.Actor, Ct);
        var revoked = await host.Admin.RevokeKeyAsync(keyId, "PAYROLL", GuardrailHost.Actor, Ct);
        var again = await host.Admin.RevokeKeyAsync(keyId, null, GuardrailHost.Actor, Ct);
        var records = await new AuditStorageReader(host.Storage).TailAsync(AuditStreams.Admin, 10, Ct);

        Assert.Null(wrongApp);
        Assert.False(revoked!.Active);
        Assert.Equal(revoked.RevokedAt, again!.RevokedAt);
        Assert.Equal(["api_key_created", "api_key_revoked"], records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal("cli:guardrail-tests", r.Actor));
    }
}

using System.Text.Json.Nodes;
using AiSec.Playbooks.Actions;
using AiSec.Testing;
using AiSec.Testing.Fakes;

namespace AiSec.Playbooks.Tests.Actions;

/// <summary>
/// <c>disable_public_network_access</c>, <c>disable_local_auth</c> and <c>regenerate_keys</c> on Azure AI accounts,
/// through Discovery's Resource Manager client against a fake Resource Manager.
/// </summary>
public sealed class AzureAccountActionTests(AzuriteFixture azurite)
{
    private static string NetworkAccess(FakeArm arm, string account) => arm.Resource(account)!["properties"]!["publicNetworkAccess"]!.ToString();

    private static string DefaultAction(FakeArm arm, string account) => arm.Resource(account)!["properties"]!["networkAcls"]!["defaultAction"]!.ToString();

    [Fact]
    public async Task Disable_public_network_access_waits_out_a_202_and_keeps_the_other_network_rules()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "open-ai", customize: a =>
            a["properties"]!["networkAcls"]!["ipRules"] = new JsonArray(new JsonObject { ["value"] = "203.0.113.0/24" }));
        harness.Arm.PollsUntilSettled = 2;

        var outcome = await harness.RunAsync("disable_public_network_access", ActionsHarness.Incident([account]));

        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.Equal(("Disabled", "Deny"), (NetworkAccess(harness.Arm, account), DefaultAction(harness.Arm, account)));
        Assert.Equal("203.0.113.0/24", harness.Arm.Resource(account)!["properties"]!["networkAcls"]!["ipRules"]![0]!["value"]!.ToString());
        Assert.Equal("""{"publicNetworkAccess":"Enabled","networkAclsDefaultAction":"Allow"}""", outcome.Before![account]!.ToJsonString());
        Assert.Equal("""{"publicNetworkAccess":"Disabled","networkAclsDefaultAction":"Deny"}""", outcome.After![account]!.ToJsonString());
        Assert.Equal("Succeeded", harness.Arm.Resource(account)!["properties"]!["provisioningState"]!.ToString());
        Assert.Equal(2, harness.Arm.Count("GET", "/accounts/open-ai") - 1); // one read before, two while the change settled
    }

    [Fact]
    public async Task A_deployment_names_its_account_and_each_account_is_changed_once()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "shared-ai");
        var chat = harness.Arm.AddDeployment(account, "chat", "gpt-4o", "2024-11-20");
        var embed = harness.Arm.AddDeployment(account, "embed", "text-embedding-3-large", "1");

        var outcome = await harness.RunAsync("disable_local_auth", ActionsHarness.Incident([chat, embed, "hf:/models/llama"]));

        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.Equal(1, harness.Arm.Count("PATCH", "/accounts/shared-ai"));
        Assert.True((bool)harness.Arm.Resource(account)!["properties"]!["disableLocalAuth"]!);
        Assert.Equal("""{"disableLocalAuth":false}""", outcome.Before![account]!.ToJsonString());
        Assert.Equal("""{"disableLocalAuth":true}""", outcome.After![account]!.ToJsonString());
    }

    [Theory]
    [InlineData("disable_public_network_access", "public network access already disabled on")]
    [InlineData("disable_local_auth", "local authentication already disabled on")]
    public async Task Running_twice_changes_nothing_the_second_time(string action, string already)
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "twice");
        var incident = ActionsHarness.Incident([account]);

        var first = await harness.RunAsync(action, incident);
        var second = await harness.RunAsync(action, incident);

        Assert.Equal(ActionStatus.Done, first.Status);
        Assert.Equal(ActionStatus.Done, second.Status);
        Assert.Equal($"{already}: {account}", second.Summary);
        Assert.Equal(second.Before!.ToJsonString(), second.After!.ToJsonString());
        Assert.Equal(first.After!.ToJsonString(), second.After.ToJsonString());
        Assert.Equal(1, harness.Arm.Count("PATCH", "/accounts/twice"));
    }

    [Theory]
    [InlineData("disable_public_network_access")]
    [InlineData("disable_local_auth")]
    [InlineData("regenerate_keys")]
    [InlineData("scale_deployment_to_zero")]
    public async Task A_dry_run_reads_but_changes_nothing(string action)
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "dry");
        var deployment = harness.Arm.AddDeployment(account, "chat", "gpt-4o", "2024-11-20");
        var keys = harness.Arm.Keys(account);
        var before = (harness.Arm.Resource(account)!.ToJsonString(), harness.Arm.Resource(deployment)!.ToJsonString());

        var outcome = await harness.RunAsync(action, ActionsHarness.Incident([deployment]), dryRun: true);

        Assert.Equal(ActionStatus.Skipped, outcome.Status);
        Assert.StartsWith("dry run: would ", outcome.Summary, StringComparison.Ordinal);
        Assert.NotNull(outcome.Before);
        Assert.Equal(before, (harness.Arm.Resource(account)!.ToJsonString(), harness.Arm.Resource(deployment)!.ToJsonString()));
        Assert.Equal(keys, harness.Arm.Keys(account));
        Assert.DoesNotContain(harness.Arm.Calls, c => !c.StartsWith("GET ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("disable_public_network_access")]
    [InlineData("disable_local_auth")]
    [InlineData("regenerate_keys")]
    [InlineData("scale_deployment_to_zero")]
    public async Task Skipped_with_the_reason_when_Azure_is_not_configured_or_containment_is_off(string action)
    {
        await using var off = await ActionsHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Playbooks:Actions:ContainmentEnabled"] = "false" });
        await using var noAzure = await ActionsHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Discovery:Azure:Enabled"] = "false" });
        var incident = ActionsHarness.Incident([off.Arm.AddDeployment(off.Arm.AddAccount(ActionsHarness.Subscription, "ai"), "chat", "gpt-4o", "2024-11-20")]);

        var switchedOff = await off.RunAsync(action, incident);
        var notConfigured = await noAzure.RunAsync(action, incident);

        Assert.Equal((ActionStatus.Skipped, "containment actions are switched off (Playbooks:Actions:ContainmentEnabled)"), (switchedOff.Status, switchedOff.Summary));
        Assert.Equal((ActionStatus.Skipped, "Azure is not configured (Discovery:Azure:Enabled)"), (notConfigured.Status, notConfigured.Summary));
        Assert.Empty(off.Arm.Calls);
        Assert.Empty(noAzure.Arm.Calls);
    }

    [Theory]
    [InlineData("disable_public_network_access", "the incident names no Azure AI account")]
    [InlineData("regenerate_keys", "the incident names no Azure AI account")]
    [InlineData("scale_deployment_to_zero", "the incident names no model deployment")]
    public async Task An_incident_without_an_Azure_AI_asset_is_skipped(string action, string reason)
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var storage = $"/subscriptions/{ActionsHarness.Subscription}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/data";

        var outcome = await harness.RunAsync(action, ActionsHarness.Incident(["bedrock:arn:aws:bedrock:us-east-1::foundation-model/x", storage, "hf:/models/llama"]));

        Assert.Equal(ActionStatus.Skipped, outcome.Status);
        Assert.StartsWith(reason, outcome.Summary, StringComparison.Ordinal);
        Assert.Empty(harness.Arm.Calls);
    }

    [Fact]
    public async Task Throttled_writes_are_retried_after_Retry_After_until_they_succeed()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "busy");
        harness.Arm.Inject(new FakeFault("/accounts/busy", 429, times: 2, retryAfter: "0", method: "PATCH"));

        var outcome = await harness.RunAsync("disable_public_network_access", ActionsHarness.Incident([account]));

        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.Equal(3, harness.Arm.Count("PATCH", "/accounts/busy"));
        Assert.Equal("Disabled", NetworkAccess(harness.Arm, account));
    }

    [Fact]
    public async Task A_permanent_refusal_fails_the_action_with_the_reason_and_the_other_accounts_are_still_contained()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var locked = harness.Arm.AddAccount(ActionsHarness.Subscription, "locked");
        var open = harness.Arm.AddAccount(ActionsHarness.Subscription, "open");
        harness.Arm.Inject(new FakeFault("/accounts/locked", 403, int.MaxValue, method: "PATCH",
            body: """{"error":{"code":"AuthorizationFailed","message":"The client does not have authorization to perform action 'Microsoft.CognitiveServices/accounts/write'."}}"""));

        var outcome = await harness.RunAsync("disable_public_network_access", ActionsHarness.Incident([locked, open]));

        Assert.Equal(ActionStatus.Failed, outcome.Status);
        Assert.Contains($"refused: {locked} (PATCH ", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("returned 403 AuthorizationFailed: The client does not have authorization", outcome.Summary, StringComparison.Ordinal);
        Assert.Equal(("Enabled", "Disabled"), (NetworkAccess(harness.Arm, locked), NetworkAccess(harness.Arm, open)));
        Assert.Equal("Enabled", outcome.After![locked]!["publicNetworkAccess"]!.ToString());
    }

    [Fact]
    public async Task A_change_that_settles_as_Failed_fails_the_action()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "flaky");
        harness.Arm.PollsUntilSettled = 1;
        harness.Arm.SettlesAs = "Failed";

        var outcome = await harness.RunAsync("disable_local_auth", ActionsHarness.Incident([account]));

        Assert.Equal(ActionStatus.Failed, outcome.Status);
        Assert.Contains("the change did not take (provisioning state Failed)", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_beyond_the_retries_throws_so_the_orchestration_retries_the_step()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "down");
        harness.Arm.Inject(new FakeFault("/accounts/down", 503, int.MaxValue, method: "PATCH"));

        var error = await Assert.ThrowsAsync<TransientActionException>(() => harness.RunAsync("disable_local_auth", ActionsHarness.Incident([account])));

        Assert.Contains("returned 503", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, harness.Arm.Count("PATCH", "/accounts/down")); // the first call and Discovery:Azure:MaxRetries = 2
    }

    [Fact]
    public async Task A_change_that_never_settles_ends_when_the_step_times_out()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "stuck");
        harness.Arm.PollsUntilSettled = int.MaxValue;
        using var stepTimeout = CancellationTokenSource.CreateLinkedTokenSource(ActionsHarness.Ct);

        var run = harness.RunAsync("disable_public_network_access", ActionsHarness.Incident([account]), cancellationToken: stepTimeout.Token);
        // The step's timeout comes once the change has been polled a few times (the first GET reads the state before).
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (harness.Arm.Count("GET", "/accounts/stuck") < 3 && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20, ActionsHarness.Ct);
        }

        await stepTimeout.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.True(harness.Arm.Count("GET", "/accounts/stuck") >= 3);
        Assert.Equal("Accepted", harness.Arm.Resource(account)!["properties"]!["provisioningState"]!.ToString());
    }

    [Fact]
    public async Task Regenerate_keys_rotates_both_keys_and_records_none_of_them()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "leaky");
        var old = harness.Arm.Keys(account);

        var outcome = await harness.RunAsync("regenerate_keys", ActionsHarness.Incident([account]));

        var now = harness.Arm.Keys(account);
        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.NotEqual(old.Key1, now.Key1);
        Assert.NotEqual(old.Key2, now.Key2);
        Assert.True((bool)outcome.After![account]!["key1Changed"]!);
        Assert.True((bool)outcome.After[account]!["key2Changed"]!);
        var recorded = outcome.Summary + outcome.Before!.ToJsonString() + outcome.After.ToJsonString();
        Assert.All([old.Key1, old.Key2, now.Key1, now.Key2], key => Assert.DoesNotContain(key, recorded, StringComparison.Ordinal));
        Assert.Equal(2, harness.Arm.Count("POST", "/accounts/leaky/regenerateKey"));
    }

    [Fact]
    public async Task Regenerating_twice_leaves_keys_nobody_saw_both_times()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "twice");
        var incident = ActionsHarness.Incident([account]);

        var first = await harness.RunAsync("regenerate_keys", incident);
        var afterFirst = harness.Arm.Keys(account);
        var second = await harness.RunAsync("regenerate_keys", incident);

        Assert.Equal((ActionStatus.Done, ActionStatus.Done), (first.Status, second.Status));
        Assert.NotEqual(afterFirst.Key1, harness.Arm.Keys(account).Key1);
        Assert.NotEqual(afterFirst.Key2, harness.Arm.Keys(account).Key2);
        Assert.Equal(first.Before!.ToJsonString(), second.Before!.ToJsonString());
    }

    [Fact]
    public async Task Regenerate_keys_waits_for_an_accepted_rotation_to_show()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "slow");
        var old = harness.Arm.Keys(account);
        harness.Arm.PollsUntilSettled = 3;

        var outcome = await harness.RunAsync("regenerate_keys", ActionsHarness.Incident([account]));

        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.NotEqual(old, harness.Arm.Keys(account));
        Assert.True(harness.Arm.Count("POST", "/accounts/slow/listKeys") >= 7); // once before, then until each key shows changed
    }

    [Fact]
    public async Task Regenerate_keys_leaves_an_account_without_local_auth_alone()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "entra-only", customize: a => a["properties"]!["disableLocalAuth"] = true);

        var outcome = await harness.RunAsync("regenerate_keys", ActionsHarness.Incident([account]));

        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.StartsWith("keys not accepted (local authentication disabled) on", outcome.Summary, StringComparison.Ordinal);
        Assert.Equal(outcome.Before!.ToJsonString(), outcome.After!.ToJsonString());
        Assert.Equal(0, harness.Arm.Count("POST", "/accounts/entra-only/"));
    }
}

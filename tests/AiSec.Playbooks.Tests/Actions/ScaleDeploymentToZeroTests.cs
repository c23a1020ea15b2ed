using System.Text.Json.Nodes;
using AiSec.Discovery.AzureArm;
using AiSec.Playbooks.Actions;
using AiSec.Testing;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Playbooks.Tests.Actions;

/// <summary><c>scale_deployment_to_zero</c>: the deployment is deleted after its definition is recorded, and can be restored from the record.</summary>
public sealed class ScaleDeploymentToZeroTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Records_the_definition_deletes_the_deployment_and_the_recorded_PUT_restores_it()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "models");
        var deployment = harness.Arm.AddDeployment(account, "chat", "gpt-4o", "2024-11-20", sku: "GlobalStandard", capacity: 30, raiPolicyName: "strict");
        var definition = harness.Arm.Resource(deployment)!;
        harness.Arm.PollsUntilSettled = 2;

        var outcome = await harness.RunAsync("scale_deployment_to_zero", ActionsHarness.Incident([deployment]));

        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.Null(harness.Arm.Resource(deployment));
        Assert.Equal(definition.ToJsonString(), outcome.Before![deployment]!.ToJsonString());
        var restore = outcome.After![deployment]!["restore"]!;
        Assert.Equal(("PUT", deployment), (restore["method"]!.ToString(), restore["path"]!.ToString()));

        harness.Arm.PollsUntilSettled = 0;
        var arm = harness.Services.GetRequiredService<Lazy<ArmRestClient>>().Value;
        var restored = await arm.WriteAsync(RequestMethod.Put, deployment, restore["apiVersion"]!.ToString(), restore["body"], ActionsHarness.Ct);

        Assert.Equal(201, restored.Status);
        var back = harness.Arm.Resource(deployment)!;
        Assert.Equal(("GlobalStandard", 30), (back["sku"]!["name"]!.ToString(), (int)back["sku"]!["capacity"]!));
        Assert.Equal(("gpt-4o", "2024-11-20", "strict"), (back["properties"]!["model"]!["name"]!.ToString(), back["properties"]!["model"]!["version"]!.ToString(), back["properties"]!["raiPolicyName"]!.ToString()));
    }

    [Fact]
    public async Task A_deployment_already_gone_is_done_unchanged()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var deployment = harness.Arm.AddDeployment(harness.Arm.AddAccount(ActionsHarness.Subscription, "models"), "chat", "gpt-4o", "2024-11-20");
        var incident = ActionsHarness.Incident([deployment]);

        var first = await harness.RunAsync("scale_deployment_to_zero", incident);
        var second = await harness.RunAsync("scale_deployment_to_zero", incident);

        Assert.Equal(ActionStatus.Done, first.Status);
        Assert.Equal((ActionStatus.Done, $"already gone: {deployment}"), (second.Status, second.Summary));
        Assert.Equal(second.Before!.ToJsonString(), second.After!.ToJsonString());
        Assert.Equal(1, harness.Arm.Count("DELETE", "/deployments/chat"));
    }

    [Fact]
    public async Task A_deletion_that_ends_Failed_fails_the_action_and_keeps_the_definition()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var deployment = harness.Arm.AddDeployment(harness.Arm.AddAccount(ActionsHarness.Subscription, "models"), "chat", "gpt-4o", "2024-11-20");
        harness.Arm.PollsUntilSettled = 1;
        harness.Arm.SettlesAs = "Failed";

        var outcome = await harness.RunAsync("scale_deployment_to_zero", ActionsHarness.Incident([deployment]));

        Assert.Equal(ActionStatus.Failed, outcome.Status);
        Assert.Contains("the deletion ended Failed", outcome.Summary, StringComparison.Ordinal);
        Assert.Equal("gpt-4o", outcome.Before![deployment]!["properties"]!["model"]!["name"]!.ToString());
        Assert.NotNull(harness.Arm.Resource(deployment));
    }

    [Fact]
    public async Task An_account_alone_takes_none_of_its_deployments_out_of_service()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount(ActionsHarness.Subscription, "models");
        var deployment = harness.Arm.AddDeployment(account, "chat", "gpt-4o", "2024-11-20");

        var outcome = await harness.RunAsync("scale_deployment_to_zero", ActionsHarness.Incident([account]));

        Assert.Equal(ActionStatus.Skipped, outcome.Status);
        Assert.NotNull(harness.Arm.Resource(deployment));
    }

    [Fact]
    public async Task Resource_Manager_refuses_a_capacity_of_zero_which_is_why_the_action_deletes()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        var deployment = harness.Arm.AddDeployment(harness.Arm.AddAccount(ActionsHarness.Subscription, "models"), "chat", "gpt-4o", "2024-11-20");
        var arm = harness.Services.GetRequiredService<Lazy<ArmRestClient>>().Value;

        var refused = await Assert.ThrowsAsync<ArmRequestException>(() => arm.WriteAsync(RequestMethod.Patch, deployment, ArmApiVersions.CognitiveServices,
            new JsonObject { ["sku"] = new JsonObject { ["name"] = "Standard", ["capacity"] = 0 } }, ActionsHarness.Ct));

        Assert.Equal(400, refused.Status);
    }
}

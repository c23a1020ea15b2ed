using System.Text.Json.Nodes;
using AiSec.Discovery.AzureArm;
using Azure.Core;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// <c>scale_deployment_to_zero</c>: takes each model deployment on the incident out of service. Resource Manager has no
/// zero for a deployment at the api-version this product uses (2025-06-01): <c>sku.capacity</c> must lie in the model
/// SKU's capacity range (<c>capacity.minimum</c> in the models list: 1, that is 1K tokens a minute, for the Standard
/// kinds, more for provisioned throughput), and capacity 1 still serves traffic. The pause that exists
/// (<c>properties.deploymentState = "Paused"</c>) is preview-only (2025-10-01-preview) and Standard-only. So the closest
/// documented equivalent is implemented: the deployment's full definition is recorded (the record's before) and the
/// deployment deleted; the record's after carries the <c>PUT</c> body that recreates it as it was (quota permitting:
/// its capacity is released meanwhile). A deployment already gone is done, unchanged. A dry run reads but deletes nothing.
/// </summary>
public sealed class ScaleDeploymentToZeroAction(AzureContainment azure) : IPlaybookAction
{
    /// <summary>Properties Resource Manager sets itself, so a restoring PUT must not send them.</summary>
    private static readonly string[] ReadOnlyProperties = ["provisioningState", "capabilities", "rateLimits", "callRateLimit", "dynamicThrottlingEnabled"];

    public string Name => "scale_deployment_to_zero";

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        if (azure.Unavailable is { } reason)
        {
            return ActionOutcome.Skipped(reason);
        }

        var deployments = AzureAiTargets.Deployments(request.Incident.AffectedAssets);
        if (deployments.Count == 0)
        {
            return ActionOutcome.Skipped("the incident names no model deployment (an affected asset that is a Microsoft.CognitiveServices/accounts/deployments resource)");
        }

        var tally = new ActionTally();
        var planned = new JsonObject();
        foreach (var id in deployments)
        {
            var (definition, refusal) = await AzureContainment.CallAsync(() => azure.Arm.GetResourceAsync(id, ArmApiVersions.CognitiveServices, cancellationToken), cancellationToken);
            if (refusal is not null)
            {
                tally.Refused(id, refusal);
                planned[id] = new JsonObject { ["refused"] = refusal };
                continue;
            }

            planned[id] = definition?.DeepClone();
            if (definition is null)
            {
                tally.Already(id, null);
                continue;
            }

            if (request.DryRun)
            {
                continue;
            }

            var (left, failure) = await AzureContainment.CallAsync(async () =>
            {
                var started = await azure.Arm.WriteAsync(RequestMethod.Delete, id, ArmApiVersions.CognitiveServices, null, cancellationToken);
                return await azure.GoneAsync(id, started, cancellationToken);
            }, cancellationToken);
            if (failure is not null || left is not null)
            {
                tally.Refused(id, failure ?? $"the deletion ended {AzureContainment.ProvisioningState(left!)}", definition);
                continue;
            }

            tally.Changed(id, definition, new JsonObject
            {
                ["deleted"] = true,
                ["restore"] = new JsonObject
                {
                    ["method"] = "PUT",
                    ["path"] = id,
                    ["apiVersion"] = ArmApiVersions.CognitiveServices,
                    ["body"] = RestoreBody(definition),
                },
            });
        }

        return request.DryRun
            ? ActionOutcome.WouldDo($"delete the deployments {string.Join(", ", deployments.Select(AzureAiTargets.NameOf))} after recording their definitions (the record's before)", planned)
            : tally.Outcome("took out of service (deleted, definition recorded for a restoring PUT)", "already gone");
    }

    /// <summary>What a <c>PUT</c> needs to recreate the deployment: its SKU, tags and writable properties.</summary>
    private static JsonObject RestoreBody(JsonObject definition)
    {
        var properties = definition["properties"]?.DeepClone() as JsonObject ?? [];
        foreach (var name in ReadOnlyProperties)
        {
            properties.Remove(name);
        }

        if (properties["model"] is JsonObject model)
        {
            model.Remove("callRateLimit");
        }

        if (properties["scaleSettings"] is JsonObject scale)
        {
            scale.Remove("activeCapacity");
        }

        var body = new JsonObject { ["sku"] = definition["sku"]?.DeepClone(), ["properties"] = properties };
        if (definition["tags"] is JsonObject tags)
        {
            body["tags"] = tags.DeepClone();
        }

        return body;
    }
}

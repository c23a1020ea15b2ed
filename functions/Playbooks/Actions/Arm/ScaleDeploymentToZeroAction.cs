using System.Text.Json.Nodes;
using AiSec.Discovery.AzureArm;
using AiSec.Playbooks.Incidents;
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
public sealed class ScaleDeploymentToZeroAction(AzureContainment azure) : AzureResourceAction(azure)
{
    /// <summary>Properties Resource Manager sets itself, so a restoring PUT must not send them.</summary>
    private static readonly string[] ReadOnlyProperties = ["provisioningState", "capabilities", "rateLimits", "callRateLimit", "dynamicThrottlingEnabled"];

    public override string Name => "scale_deployment_to_zero";

    protected override string Change => "delete, after recording their definitions, the deployments";

    protected override string Changed => "took out of service (deleted, definition recorded for a restoring PUT)";

    protected override string AlreadySafe => "already gone";

    protected override string NoTarget => AzureAiTargets.NoDeployment;

    protected override IReadOnlyList<string> Targets(Incident incident) => AzureAiTargets.Deployments(incident.AffectedAssets);

    /// <summary>The deployment's full definition; null once it is gone.</summary>
    protected override JsonNode? State(JsonObject? resource) => resource?.DeepClone();

    protected override bool IsSafe(JsonObject? resource) => resource is null;

    protected override async Task<(JsonNode? After, string? Problem)> ChangeAsync(string id, JsonObject resource, CancellationToken cancellationToken)
    {
        var started = await Azure.Arm.WriteAsync(RequestMethod.Delete, id, ArmApiVersions.CognitiveServices, null, cancellationToken);
        if (await Azure.GoneAsync(id, started, cancellationToken) is { } left)
        {
            return (null, $"the deletion ended {AzureContainment.ProvisioningState(left)}");
        }

        return (new JsonObject
        {
            ["deleted"] = true,
            ["restore"] = new JsonObject
            {
                ["method"] = "PUT",
                ["path"] = id,
                ["apiVersion"] = ArmApiVersions.CognitiveServices,
                ["body"] = RestoreBody(resource),
            },
        }, null);
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

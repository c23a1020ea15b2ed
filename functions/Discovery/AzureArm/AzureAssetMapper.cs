using System.Text.Json.Nodes;
using AiSec.Discovery.Collectors;
using AiSec.Shared.Assets;

namespace AiSec.Discovery.AzureArm;

/// <summary>
/// Turns Resource Manager resources into registry assets. Deployments and endpoints carry their container's network
/// and authentication facts, because that is what exposes the model behind them.
/// </summary>
public static class AzureAssetMapper
{
    public static AiAsset Account(AccountFacts account, DateTimeOffset now)
    {
        var asset = Base(account.Id, account.Name, AssetVocabulary.Types.ApiEndpoint, "/subscriptions/" + ArmJson.SubscriptionOf(account.Id), account.Location, account.Tags, now) with
        {
            ModelProvider = account.Kind.ToLowerInvariant(),
            NetworkExposure = account.Network.Exposure,
        };
        WriteAccountEvidence(asset.Properties, account);
        asset.Properties["resourceType"] = "Microsoft.CognitiveServices/accounts";
        return OwnershipTags.Apply(asset);
    }

    public static AiAsset Deployment(JsonObject deployment, AccountFacts account, IReadOnlyDictionary<string, RaiPolicySummary> raiPolicies, DateTimeOffset now)
    {
        var properties = deployment.Object("properties");
        var model = properties?.Object("model");
        var sku = deployment.Object("sku");
        var id = deployment.Text("id") ?? account.Id + "/deployments/" + deployment.Text("name");
        var asset = Base(id, account.Name + "/" + deployment.Text("name"), AssetVocabulary.Types.ApiEndpoint, account.Id, account.Location, account.Tags, now) with
        {
            ModelName = model.Text("name"),
            ModelVersion = model.Text("version"),
            ModelProvider = model.Text("format")?.ToLowerInvariant(),
            NetworkExposure = account.Network.Exposure,
            Upstream = [account.Id],
        };
        var p = asset.Properties;
        WriteAccountEvidence(p, account);
        p["resourceType"] = "Microsoft.CognitiveServices/accounts/deployments";
        p["account"] = account.Id;
        p["sku"] = sku.Text("name");
        p["capacity"] = sku.Number("capacity");
        p["provisioningState"] = properties.Text("provisioningState");
        p["versionUpgradeOption"] = properties.Text("versionUpgradeOption");
        var raiName = properties.Text("raiPolicyName");
        p[EvidenceKeys.RaiPolicyName] = raiName;
        if (raiName is not null && raiPolicies.TryGetValue(raiName, out var rai))
        {
            p["raiPolicy"] = rai.ToJson();
        }

        return OwnershipTags.Apply(asset);
    }

    /// <summary>A customer-made content filter (RAI policy) is a guardrail configuration in its own right.</summary>
    public static AiAsset RaiPolicy(RaiPolicySummary policy, AccountFacts account, DateTimeOffset now)
    {
        var asset = Base(policy.Id, account.Name + "/" + policy.Name, AssetVocabulary.Types.GuardrailConfig, account.Id, account.Location, account.Tags, now) with
        {
            NetworkExposure = account.Network.Exposure,
            Upstream = [account.Id],
        };
        asset.Properties["resourceType"] = "Microsoft.CognitiveServices/accounts/raiPolicies";
        asset.Properties["raiPolicy"] = policy.ToJson();
        return OwnershipTags.Apply(asset);
    }

    public static AiAsset OnlineEndpoint(JsonObject endpoint, WorkspaceFacts workspace, DateTimeOffset now)
    {
        var properties = endpoint.Object("properties");
        var own = NetworkPosture.Of(properties);
        var exposure = own.Exposure == AssetVocabulary.Exposure.Public ? workspace.Network.Exposure : own.Exposure;
        var asset = EndpointBase(endpoint, workspace, exposure, now);
        var p = asset.Properties;
        p["resourceType"] = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints";
        p[EvidenceKeys.AuthMode] = properties.Text("authMode");
        p[EvidenceKeys.PublicNetworkAccess] = own.PublicNetworkAccess;
        p[EvidenceKeys.Endpoint] = properties.Text("scoringUri");
        p["traffic"] = properties?.Object("traffic")?.DeepClone();
        return OwnershipTags.Apply(asset);
    }

    public static AiAsset ServerlessEndpoint(JsonObject endpoint, WorkspaceFacts workspace, DateTimeOffset now)
    {
        var properties = endpoint.Object("properties");
        var modelId = properties?.Object("modelSettings").Text("modelId");
        var (modelName, modelVersion, registry) = RegistryModel(modelId);
        var asset = EndpointBase(endpoint, workspace, workspace.Network.Exposure, now) with
        {
            ModelName = modelName,
            ModelVersion = modelVersion,
            ModelProvider = registry,
        };
        var p = asset.Properties;
        p["resourceType"] = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints";
        p["modelId"] = modelId;
        p[EvidenceKeys.AuthMode] = properties.Text("authMode");
        p[EvidenceKeys.Endpoint] = properties?.Object("inferenceEndpoint").Text("uri");
        var contentSafety = properties?.Object("contentSafety").Text("contentSafetyStatus");
        p["contentSafety"] = contentSafety;
        if (string.Equals(contentSafety, "Enabled", StringComparison.OrdinalIgnoreCase))
        {
            // Azure AI Content Safety on a serverless endpoint is the content filter a deployment's RAI policy is.
            p[EvidenceKeys.RaiPolicyName] = "Azure AI Content Safety";
        }

        return OwnershipTags.Apply(asset);
    }

    private static AiAsset EndpointBase(JsonObject endpoint, WorkspaceFacts workspace, string exposure, DateTimeOffset now)
    {
        var tags = new Dictionary<string, string>(workspace.Tags, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in AccountFacts.TagsOf(endpoint))
        {
            tags[key] = value;
        }

        var id = endpoint.Text("id") ?? throw new ArmRequestException("An endpoint in the list has no id.", 200, "InvalidResponse");
        var asset = Base(id, workspace.Name + "/" + endpoint.Text("name"), AssetVocabulary.Types.ApiEndpoint, workspace.Id, endpoint.Text("location") ?? workspace.Location, tags, now) with
        {
            NetworkExposure = exposure,
            Upstream = [workspace.Id],
        };
        asset.Properties["workspace"] = workspace.Id;
        asset.Properties["workspaceKind"] = workspace.Kind;
        asset.Properties["hub"] = workspace.HubId;
        asset.Properties[EvidenceKeys.PrivateEndpoints] = new JsonArray(workspace.Network.PrivateEndpoints.Select(e => (JsonNode)JsonValue.Create(e)).ToArray());
        return asset;
    }

    private static AiAsset Base(string id, string name, string type, string scope, string? region, IReadOnlyDictionary<string, string> tags, DateTimeOffset now) => new()
    {
        Id = id,
        Name = name,
        Source = AssetVocabulary.Sources.Azure,
        AssetType = type,
        Scope = scope,
        CloudProvider = "azure",
        Region = region,
        Tags = tags,
        FirstSeen = now,
        LastSeen = now,
    };

    private static void WriteAccountEvidence(JsonObject p, AccountFacts account)
    {
        account.Network.WriteTo(p);
        p["kind"] = account.Kind;
        p[EvidenceKeys.Endpoint] = account.Endpoint;
        p[EvidenceKeys.DisableLocalAuth] = account.DisableLocalAuth;
        p[EvidenceKeys.CustomerManagedKey] = account.CustomerManagedKey;
        p["identity"] = account.IdentityType;
    }

    /// <summary><c>azureml://registries/{registry}/models/{name}/versions/{version}</c> → (name, version, registry).</summary>
    private static (string? Name, string? Version, string? Registry) RegistryModel(string? modelId)
    {
        if (modelId is null)
        {
            return (null, null, null);
        }

        var parts = modelId.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? After(string key) => Array.FindIndex(parts, p => p.Equals(key, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 && i + 1 < parts.Length ? parts[i + 1] : null;
        return (After("models") ?? modelId, After("versions"), After("registries"));
    }
}

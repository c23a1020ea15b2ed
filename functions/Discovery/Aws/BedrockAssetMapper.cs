using System.Text.Json.Nodes;
using AiSec.Shared.Assets;

namespace AiSec.Discovery.Aws;

/// <summary>Bedrock resources of one account and region as registry assets.</summary>
public sealed class BedrockAssetMapper(BedrockTarget target, RegionEvidence evidence, DateTimeOffset now)
{
    public const string ModelProvider = "aws_bedrock";

    public AiAsset CustomModel(CustomModelSummary model, ModelDetail detail)
    {
        var properties = Evidence(detail);
        properties["baseModelArn"] = model.BaseModelArn;
        properties["baseModelName"] = model.BaseModelName;
        properties["baseModelProvider"] = BaseModelProvider(model.BaseModelArn);
        properties["customizationType"] = model.CustomizationType;
        properties["ownerAccountId"] = model.OwnerAccountId;
        properties["modelStatus"] = model.ModelStatus;
        properties["creationTime"] = model.CreationTime;
        return Asset(model.ModelArn, model.ModelName, AssetVocabulary.Types.FineTunedModel, properties) with
        {
            ModelName = model.ModelName,
            // A fine-tuned model is pinned to one version of its base model: amazon.titan-text-express-v1:0:8k → 0:8k.
            ModelVersion = BaseModelVersion(model.BaseModelArn),
            Upstream = model.BaseModelArn is { Length: > 0 } baseArn ? [baseArn] : [],
        };
    }

    public AiAsset ImportedModel(ImportedModelSummary model, ModelDetail detail)
    {
        var properties = Evidence(detail);
        properties["modelArchitecture"] = model.ModelArchitecture;
        properties["instructSupported"] = model.InstructSupported;
        properties["creationTime"] = model.CreationTime;
        return Asset(model.ModelArn, model.ModelName, AssetVocabulary.Types.FoundationModel, properties) with
        {
            ModelName = model.ModelName,
            // Imported weights are served by Bedrock, not by us.
            IsSelfHosted = false,
        };
    }

    /// <param name="modelNames">Names of the custom and imported models seen in the region, by ARN.</param>
    public AiAsset ProvisionedThroughput(ProvisionedModelSummary throughput, IReadOnlyDictionary<string, string> modelNames)
    {
        var properties = Evidence(null);
        properties["modelArn"] = throughput.ModelArn;
        properties["desiredModelArn"] = throughput.DesiredModelArn;
        properties["foundationModelArn"] = throughput.FoundationModelArn;
        properties["modelUnits"] = throughput.ModelUnits;
        properties["desiredModelUnits"] = throughput.DesiredModelUnits;
        properties["status"] = throughput.Status;
        properties["commitmentDuration"] = throughput.CommitmentDuration;
        properties["commitmentExpirationTime"] = throughput.CommitmentExpirationTime;
        properties["creationTime"] = throughput.CreationTime;
        properties["lastModifiedTime"] = throughput.LastModifiedTime;
        var modelName = modelNames.TryGetValue(throughput.ModelArn, out var known)
            ? known
            : Arn.TryParse(throughput.ModelArn, out var arn) ? arn.ResourceId : throughput.ModelArn;
        return Asset(throughput.ProvisionedModelArn, throughput.ProvisionedModelName, AssetVocabulary.Types.ApiEndpoint, properties) with
        {
            ModelName = modelName,
            Upstream = [throughput.ModelArn],
        };
    }

    public AiAsset Guardrail(GuardrailSummary guardrail, GuardrailDetail detail)
    {
        var properties = GuardrailPolicySummary.Summarize(detail);
        properties["guardrailId"] = guardrail.Id;
        properties["version"] = detail.Version ?? guardrail.Version;
        properties["status"] = detail.Status ?? guardrail.Status;
        properties["description"] = guardrail.Description;
        properties["createdAt"] = guardrail.CreatedAt;
        properties["updatedAt"] = guardrail.UpdatedAt;
        properties[EvidenceKeys.CustomerManagedKey] = detail.KmsKeyArn is { Length: > 0 };
        return Asset(guardrail.Arn, guardrail.Name, AssetVocabulary.Types.GuardrailConfig, properties);
    }

    /// <param name="detail">The model's own record, when it has one: without a KMS key there, Bedrock encrypts with an AWS-owned key.</param>
    private JsonObject Evidence(ModelDetail? detail)
    {
        var properties = new JsonObject();
        evidence.WriteTo(properties);
        if (detail is not null)
        {
            properties[EvidenceKeys.CustomerManagedKey] = detail.ModelKmsKeyArn is { Length: > 0 };
            properties["modelKmsKeyArn"] = detail.ModelKmsKeyArn;
            properties["jobArn"] = detail.JobArn;
        }

        return properties;
    }

    private AiAsset Asset(string arn, string name, string type, JsonObject properties) => new()
    {
        Id = arn,
        Name = name,
        Source = AssetVocabulary.Sources.Aws,
        AssetType = type,
        CloudProvider = "aws",
        Region = target.Region,
        Scope = AwsScopes.Region(Arn.AccountOf(arn) ?? target.AccountId, target.Region),
        ModelProvider = ModelProvider,
        // Bedrock's control and runtime endpoints are public AWS service endpoints: anyone with IAM rights reaches them from the internet.
        NetworkExposure = AssetVocabulary.Exposure.Public,
        FirstSeen = now,
        LastSeen = now,
        Properties = properties,
    };

    /// <summary><c>...:foundation-model/anthropic.claude-v2</c> → <c>anthropic</c>.</summary>
    private static string? BaseModelProvider(string? baseModelArn) =>
        Arn.TryParse(baseModelArn, out var arn) && arn.ResourceId.IndexOf('.', StringComparison.Ordinal) is var dot and > 0
            ? arn.ResourceId[..dot]
            : null;

    private static string? BaseModelVersion(string? baseModelArn) =>
        Arn.TryParse(baseModelArn, out var arn) && arn.ResourceId.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
            ? arn.ResourceId[(colon + 1)..]
            : null;
}

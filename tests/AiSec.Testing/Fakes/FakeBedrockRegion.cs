using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace AiSec.Testing.Fakes;

/// <summary>
/// One account's Bedrock in one region, as the fake serves it: resources in the documented wire format, and faults
/// to inject. Tests add resources through the helpers (which build consistent ARNs) or edit the JSON directly.
/// </summary>
public sealed class FakeBedrockRegion(string accountId, string region)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeBedrockFault>> _nextFaults = new(StringComparer.Ordinal);
    private int _ids;

    public string AccountId { get; } = accountId;

    public string Region { get; } = region;

    public List<JsonObject> CustomModels { get; } = [];

    /// <summary>GET /custom-models/{arn} answers, by model ARN.</summary>
    public Dictionary<string, JsonObject> CustomModelDetails { get; } = new(StringComparer.Ordinal);

    public List<JsonObject> ImportedModels { get; } = [];

    public Dictionary<string, JsonObject> ImportedModelDetails { get; } = new(StringComparer.Ordinal);

    public List<JsonObject> ProvisionedThroughputs { get; } = [];

    /// <summary>ListGuardrails summaries (DRAFT versions).</summary>
    public List<JsonObject> Guardrails { get; } = [];

    /// <summary>GetGuardrail answers, by guardrail id.</summary>
    public Dictionary<string, JsonObject> GuardrailDetails { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>loggingConfig</c> object; null means invocation logging is off.</summary>
    public JsonObject? LoggingConfig { get; set; }

    /// <summary>A fault for every request to this region (403 for an account without Bedrock access, say).</summary>
    public FakeBedrockFault? AlwaysFail { get; set; }

    /// <summary>Makes the next <paramref name="times"/> requests to <paramref name="path"/> (e.g. <c>/custom-models</c>) fail.</summary>
    public FakeBedrockRegion FailNext(string path, FakeBedrockFault fault, int times = 1)
    {
        var queue = _nextFaults.GetOrAdd(path, _ => new ConcurrentQueue<FakeBedrockFault>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(fault);
        }

        return this;
    }

    public FakeBedrockFault? TakeFault(string path) =>
        AlwaysFail ?? (_nextFaults.TryGetValue(path, out var queue) && queue.TryDequeue(out var fault) ? fault : null);

    public string Arn(string resource) => $"arn:aws:bedrock:{Region}:{AccountId}:{resource}";

    /// <summary>A 12-character resource id, as Bedrock uses for custom models, throughputs and guardrails.</summary>
    public string NewId() => $"{Region.Replace("-", "", StringComparison.Ordinal)[..4]}{Interlocked.Increment(ref _ids):d8}";

    public string AddCustomModel(string name, string baseModelId = "amazon.titan-text-express-v1:0:8k", string? kmsKeyArn = null, string customizationType = "FINE_TUNING")
    {
        var arn = Arn($"custom-model/{baseModelId}/{NewId()}");
        CustomModels.Add(new JsonObject
        {
            ["modelArn"] = arn,
            ["modelName"] = name,
            ["creationTime"] = "2025-11-02T10:15:00Z",
            ["baseModelArn"] = $"arn:aws:bedrock:{Region}::foundation-model/{baseModelId}",
            ["baseModelName"] = baseModelId,
            ["customizationType"] = customizationType,
            ["ownerAccountId"] = AccountId,
            ["modelStatus"] = "Active",
        });
        CustomModelDetails[arn] = new JsonObject
        {
            ["modelArn"] = arn,
            ["modelName"] = name,
            ["jobArn"] = Arn($"model-customization-job/{baseModelId}/{NewId()}"),
            ["baseModelArn"] = $"arn:aws:bedrock:{Region}::foundation-model/{baseModelId}",
            ["modelKmsKeyArn"] = kmsKeyArn,
            ["creationTime"] = "2025-11-02T10:15:00Z",
            ["modelStatus"] = "Active",
        };
        return arn;
    }

    public string AddImportedModel(string name, string architecture = "llama3", string? kmsKeyArn = null)
    {
        var arn = Arn($"imported-model/{NewId()}");
        ImportedModels.Add(new JsonObject
        {
            ["modelArn"] = arn,
            ["modelName"] = name,
            ["creationTime"] = "2025-12-01T08:00:00Z",
            ["instructSupported"] = true,
            ["modelArchitecture"] = architecture,
        });
        ImportedModelDetails[arn] = new JsonObject
        {
            ["modelArn"] = arn,
            ["modelName"] = name,
            ["jobArn"] = Arn($"model-import-job/{NewId()}"),
            ["modelKmsKeyArn"] = kmsKeyArn,
            ["modelArchitecture"] = architecture,
        };
        return arn;
    }

    public string AddProvisionedThroughput(string name, string modelArn, int modelUnits = 1, string commitmentDuration = "OneMonth")
    {
        var arn = Arn($"provisioned-model/{NewId()}");
        ProvisionedThroughputs.Add(new JsonObject
        {
            ["provisionedModelName"] = name,
            ["provisionedModelArn"] = arn,
            ["modelArn"] = modelArn,
            ["desiredModelArn"] = modelArn,
            ["foundationModelArn"] = $"arn:aws:bedrock:{Region}::foundation-model/amazon.titan-text-express-v1",
            ["modelUnits"] = modelUnits,
            ["desiredModelUnits"] = modelUnits,
            ["status"] = "InService",
            ["commitmentDuration"] = commitmentDuration,
            ["commitmentExpirationTime"] = "2026-12-01T00:00:00Z",
            ["creationTime"] = "2025-12-01T00:00:00Z",
            ["lastModifiedTime"] = "2025-12-02T00:00:00Z",
        });
        return arn;
    }

    /// <summary>A guardrail with a prompt-attack filter of <paramref name="promptAttackStrength"/> (null: none) and typical policies.</summary>
    public string AddGuardrail(
        string name,
        string? promptAttackStrength = "HIGH",
        string[]? deniedTopics = null,
        (string Type, string Action)[]? piiEntities = null,
        double? groundingThreshold = null,
        string? kmsKeyArn = null,
        string version = "DRAFT")
    {
        var id = NewId();
        var arn = Arn($"guardrail/{id}");
        Guardrails.Add(new JsonObject
        {
            ["id"] = id,
            ["arn"] = arn,
            ["status"] = "READY",
            ["name"] = name,
            ["description"] = $"{name} guardrail",
            ["version"] = version,
            ["createdAt"] = "2025-10-01T00:00:00Z",
            ["updatedAt"] = "2025-10-02T00:00:00Z",
        });

        var filters = new JsonArray { new JsonObject { ["type"] = "HATE", ["inputStrength"] = "HIGH", ["outputStrength"] = "MEDIUM" } };
        if (promptAttackStrength is not null)
        {
            // Bedrock requires the output strength of a prompt-attack filter to be NONE.
            filters.Add(new JsonObject { ["type"] = "PROMPT_ATTACK", ["inputStrength"] = promptAttackStrength, ["outputStrength"] = "NONE" });
        }

        var detail = new JsonObject
        {
            ["name"] = name,
            ["guardrailId"] = id,
            ["guardrailArn"] = arn,
            ["version"] = version,
            ["status"] = "READY",
            ["contentPolicy"] = new JsonObject { ["filters"] = filters },
            ["topicPolicy"] = new JsonObject
            {
                ["topics"] = new JsonArray([.. (deniedTopics ?? []).Select(t => new JsonObject { ["name"] = t, ["definition"] = $"Anything about {t}", ["examples"] = new JsonArray(), ["type"] = "DENY" })]),
            },
            ["wordPolicy"] = new JsonObject
            {
                ["words"] = new JsonArray { new JsonObject { ["text"] = "internal-codename" } },
                ["managedWordLists"] = new JsonArray { new JsonObject { ["type"] = "PROFANITY" } },
            },
            ["sensitiveInformationPolicy"] = new JsonObject
            {
                ["piiEntities"] = new JsonArray([.. (piiEntities ?? []).Select(p => new JsonObject { ["type"] = p.Type, ["action"] = p.Action })]),
                ["regexes"] = new JsonArray { new JsonObject { ["name"] = "employee-id", ["description"] = "Employee ids", ["pattern"] = "E[0-9]{6}", ["action"] = "ANONYMIZE" } },
            },
            ["createdAt"] = "2025-10-01T00:00:00Z",
            ["updatedAt"] = "2025-10-02T00:00:00Z",
            ["blockedInputMessaging"] = "Blocked.",
            ["blockedOutputsMessaging"] = "Blocked.",
            ["kmsKeyArn"] = kmsKeyArn,
        };
        if (groundingThreshold is { } threshold)
        {
            detail["contextualGroundingPolicy"] = new JsonObject
            {
                ["filters"] = new JsonArray
                {
                    new JsonObject { ["type"] = "GROUNDING", ["threshold"] = threshold },
                    new JsonObject { ["type"] = "RELEVANCE", ["threshold"] = threshold },
                },
            };
        }

        GuardrailDetails[id] = detail;
        return id;
    }

    public void EnableInvocationLogging(string logGroupName = "/aws/bedrock/invocations") =>
        LoggingConfig = new JsonObject
        {
            ["cloudWatchConfig"] = new JsonObject
            {
                ["logGroupName"] = logGroupName,
                ["roleArn"] = $"arn:aws:iam::{AccountId}:role/bedrock-logging",
            },
            ["textDataDeliveryEnabled"] = true,
            ["imageDataDeliveryEnabled"] = false,
            ["embeddingDataDeliveryEnabled"] = false,
        };
}

using System.Text.Json.Nodes;

namespace AiSec.Discovery.Aws;

/// <summary>
/// A guardrail's policies as asset properties, flat enough for the risk engine and the CLI: the prompt-attack
/// filter strength, content filters, denied topics, PII entities and regexes, contextual grounding and word policy.
/// </summary>
public static class GuardrailPolicySummary
{
    public const string PromptAttack = "PROMPT_ATTACK";

    /// <summary>Bedrock's strength for a filter that is not configured.</summary>
    public const string None = "NONE";

    public static JsonObject Summarize(GuardrailDetail detail)
    {
        var filters = detail.ContentPolicy?.Filters ?? [];
        var promptAttack = filters.FirstOrDefault(f => string.Equals(f.Type, PromptAttack, StringComparison.OrdinalIgnoreCase));
        return new JsonObject
        {
            // Prompt attacks are screened on input only, so the input strength is the one that matters.
            ["promptAttackStrength"] = promptAttack?.InputStrength ?? None,
            ["contentFilters"] = new JsonArray([.. filters.Select(f => new JsonObject
            {
                ["type"] = f.Type,
                ["inputStrength"] = f.InputStrength ?? None,
                ["outputStrength"] = f.OutputStrength ?? None,
            })]),
            ["deniedTopics"] = new JsonArray([.. (detail.TopicPolicy?.Topics ?? [])
                .Where(t => t.Type is null || string.Equals(t.Type, "DENY", StringComparison.OrdinalIgnoreCase))
                .Select(t => JsonValue.Create(t.Name))]),
            ["piiEntities"] = new JsonArray([.. (detail.SensitiveInformationPolicy?.PiiEntities ?? [])
                .Select(p => new JsonObject { ["type"] = p.Type, ["action"] = p.Action })]),
            ["regexes"] = new JsonArray([.. (detail.SensitiveInformationPolicy?.Regexes ?? [])
                .Select(r => new JsonObject { ["name"] = r.Name, ["action"] = r.Action })]),
            ["contextualGrounding"] = new JsonArray([.. (detail.ContextualGroundingPolicy?.Filters ?? [])
                .Select(f => new JsonObject { ["type"] = f.Type, ["threshold"] = f.Threshold })]),
            ["wordPolicy"] = new JsonObject
            {
                ["words"] = detail.WordPolicy?.Words?.Count ?? 0,
                ["managedWordLists"] = new JsonArray([.. (detail.WordPolicy?.ManagedWordLists ?? []).Select(m => JsonValue.Create(m.Type))]),
            },
            ["kmsKeyArn"] = detail.KmsKeyArn,
        };
    }
}

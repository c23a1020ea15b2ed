using System.Collections.Frozen;

namespace AiSec.Risk.Scoring;

/// <summary>The seed's scoring tables. Values are the seed's snake_case vocabulary.</summary>
public static class RiskTables
{
    public static readonly FrozenDictionary<string, double> Classification = new Dictionary<string, double>
    {
        ["public"] = 10, ["internal"] = 30, ["confidential"] = 60, ["restricted"] = 85, ["regulated"] = 95,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, double> Exposure = new Dictionary<string, double>
    {
        ["internal"] = 20, ["vpc"] = 40, ["public"] = 90,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, double> Environment = new Dictionary<string, double>
    {
        ["development"] = 0.4, ["staging"] = 0.6, ["production"] = 1.0, ["research"] = 0.3,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, double> Capability = new Dictionary<string, double>
    {
        ["agent"] = 90, ["fine_tuned_model"] = 70, ["foundation_model"] = 50, ["api_endpoint"] = 60, ["vector_database"] = 55,
        ["embedding_model"] = 30, ["training_dataset"] = 45, ["prompt_template"] = 25, ["guardrail_config"] = 20, ["evaluation_dataset"] = 15,
    }.ToFrozenDictionary();

    /// <summary>Accepted spellings of asset types, mapped to the canonical value.</summary>
    public static readonly FrozenDictionary<string, string> AssetTypeSynonyms = new Dictionary<string, string>
    {
        ["fine_tuned"] = "fine_tuned_model", ["fine-tuned"] = "fine_tuned_model", ["finetuned"] = "fine_tuned_model", ["fine_tuned_model"] = "fine_tuned_model",
        ["foundation"] = "foundation_model", ["foundation_model"] = "foundation_model",
        ["embedding"] = "embedding_model", ["embedding_model"] = "embedding_model",
        ["vector_db"] = "vector_database", ["vector_database"] = "vector_database", ["vectordb"] = "vector_database",
        ["api_endpoint"] = "api_endpoint", ["endpoint"] = "api_endpoint", ["agent"] = "agent",
        ["training_dataset"] = "training_dataset", ["evaluation_dataset"] = "evaluation_dataset", ["eval_dataset"] = "evaluation_dataset",
        ["prompt_template"] = "prompt_template", ["guardrail_config"] = "guardrail_config", ["guardrail"] = "guardrail_config",
    }.ToFrozenDictionary();

    public static readonly FrozenSet<string> MajorLabs = new[] { "openai", "anthropic", "google" }.ToFrozenSet();

    public static readonly FrozenSet<string> ManagedClouds = new[] { "azure_openai", "aws_bedrock", "gcp_vertex" }.ToFrozenSet();

    /// <summary>Regimes the seed scores 90. "eu_ai_act" alone is read as the high-risk tier (the one the act regulates).</summary>
    public static readonly FrozenSet<string> HighImpactRegulation = new[] { "eu_ai_act_high_risk", "eu_ai_act", "hipaa", "sox", "pci_dss" }.ToFrozenSet();

    public static readonly FrozenDictionary<string, double> ControlWeights = new Dictionary<string, double>
    {
        ["input_filtering"] = 0.15, ["output_filtering"] = 0.15, ["rate_limiting"] = 0.10, ["authentication"] = 0.10,
        ["encryption_at_rest"] = 0.10, ["encryption_in_transit"] = 0.10, ["monitoring"] = 0.10, ["guardrails"] = 0.10,
        ["access_logging"] = 0.05, ["network_isolation"] = 0.05,
    }.ToFrozenDictionary();
}

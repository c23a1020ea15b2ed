using System.Collections.Frozen;
using AiSec.Shared.Assets;

namespace AiSec.Risk.Scoring;

/// <summary>The seed's scoring tables, keyed by the asset vocabulary (every value of it has a score).</summary>
public static class RiskTables
{
    public static readonly FrozenDictionary<string, double> Classification = new Dictionary<string, double>
    {
        [AssetVocabulary.Classification.Public] = 10,
        [AssetVocabulary.Classification.Internal] = 30,
        [AssetVocabulary.Classification.Confidential] = 60,
        [AssetVocabulary.Classification.Restricted] = 85,
        [AssetVocabulary.Classification.Regulated] = 95,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, double> Exposure = new Dictionary<string, double>
    {
        [AssetVocabulary.Exposure.Internal] = 20, [AssetVocabulary.Exposure.Vpc] = 40, [AssetVocabulary.Exposure.Public] = 90,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, double> Environment = new Dictionary<string, double>
    {
        [AssetVocabulary.Environment.Development] = 0.4,
        [AssetVocabulary.Environment.Staging] = 0.6,
        [AssetVocabulary.Environment.Production] = 1.0,
        [AssetVocabulary.Environment.Research] = 0.3,
    }.ToFrozenDictionary();

    /// <summary>Capability risk by asset type.</summary>
    public static readonly FrozenDictionary<string, double> Capability = new Dictionary<string, double>
    {
        [AssetVocabulary.Types.AiAgent] = 90,
        [AssetVocabulary.Types.FineTunedModel] = 70,
        [AssetVocabulary.Types.ApiEndpoint] = 60,
        [AssetVocabulary.Types.VectorDatabase] = 55,
        [AssetVocabulary.Types.FoundationModel] = 50,
        [AssetVocabulary.Types.TrainingDataset] = 45,
        [AssetVocabulary.Types.EmbeddingModel] = 30,
        [AssetVocabulary.Types.PromptTemplate] = 25,
        [AssetVocabulary.Types.GuardrailConfig] = 20,
        [AssetVocabulary.Types.EvaluationDataset] = 15,
    }.ToFrozenDictionary();

    public static readonly FrozenSet<string> MajorLabs = new[] { "openai", "anthropic", "google" }.ToFrozenSet();

    public static readonly FrozenSet<string> ManagedClouds = new[] { "azure_openai", "aws_bedrock", "gcp_vertex" }.ToFrozenSet();

    /// <summary>Regimes the seed scores 90 (scopes arrive canonical: "eu_ai_act" alone has become the high-risk tier).</summary>
    public static readonly FrozenSet<string> HighImpactRegulation = new[]
    {
        AssetVocabulary.Regulatory.EuAiActHighRisk, AssetVocabulary.Regulatory.Hipaa, AssetVocabulary.Regulatory.Sox, AssetVocabulary.Regulatory.PciDss,
    }.ToFrozenSet();

    public static readonly FrozenDictionary<string, double> ControlWeights = new Dictionary<string, double>
    {
        ["input_filtering"] = 0.15, ["output_filtering"] = 0.15, ["rate_limiting"] = 0.10, ["authentication"] = 0.10,
        ["encryption_at_rest"] = 0.10, ["encryption_in_transit"] = 0.10, ["monitoring"] = 0.10, ["guardrails"] = 0.10,
        ["access_logging"] = 0.05, ["network_isolation"] = 0.05,
    }.ToFrozenDictionary();
}

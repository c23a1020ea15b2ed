namespace AiSec.Shared.Assets;

/// <summary>The enumerated values assets use (the seed's snake_case values), shared by Discovery and Risk.</summary>
public static class AssetVocabulary
{
    public static class Types
    {
        public const string FoundationModel = "foundation_model";
        public const string FineTunedModel = "fine_tuned_model";
        public const string EmbeddingModel = "embedding_model";
        public const string Agent = "agent";
        public const string ApiEndpoint = "api_endpoint";
        public const string VectorDatabase = "vector_database";
        public const string TrainingDataset = "training_dataset";
        public const string EvaluationDataset = "evaluation_dataset";
        public const string PromptTemplate = "prompt_template";
        public const string GuardrailConfig = "guardrail_config";

        public static IReadOnlyList<string> All { get; } =
        [
            FoundationModel, FineTunedModel, EmbeddingModel, Agent, ApiEndpoint, VectorDatabase, TrainingDataset,
            EvaluationDataset, PromptTemplate, GuardrailConfig,
        ];
    }

    public static class Status
    {
        public const string Active = "active";
        public const string Missing = "missing";
        public const string Unknown = "unknown";

        public static IReadOnlyList<string> All { get; } = [Active, Missing, Unknown];
    }

    public static class Exposure
    {
        public const string Internal = "internal";
        public const string Vpc = "vpc";
        public const string Public = "public";

        public static IReadOnlyList<string> All { get; } = [Internal, Vpc, Public];
    }

    public static class Classification
    {
        public const string Public = "public";
        public const string Internal = "internal";
        public const string Confidential = "confidential";
        public const string Restricted = "restricted";
        public const string Regulated = "regulated";

        public static IReadOnlyList<string> All { get; } = [Public, Internal, Confidential, Restricted, Regulated];
    }

    public static class Environment
    {
        public const string Development = "development";
        public const string Staging = "staging";
        public const string Production = "production";
        public const string Research = "research";

        public static IReadOnlyList<string> All { get; } = [Development, Staging, Production, Research];
    }

    public static class Sources
    {
        public const string Azure = "azure";
        public const string Aws = "aws";
        public const string HuggingFace = "hf";
        public const string Manual = "manual";

        public static IReadOnlyList<string> All { get; } = [Azure, Aws, HuggingFace, Manual];
    }
}

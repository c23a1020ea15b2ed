using System.Text.RegularExpressions;

namespace AiSec.Shared.Assets;

/// <summary>
/// The enumerated values of the asset contract, shared by Discovery and Risk. Asset types, classifications,
/// environments, exposures and regulatory scopes are the seed's own values (its enums' <c>.value</c> strings): the
/// registry, risk output and every JSON emit only these. Aliases are accepted on input and mapped to them.
/// </summary>
public static partial class AssetVocabulary
{
    /// <summary>The seed's <c>AIAssetType</c>.</summary>
    public static class Types
    {
        public const string FoundationModel = "foundation_model";
        public const string FineTunedModel = "fine_tuned_model";
        public const string EmbeddingModel = "embedding_model";
        public const string AiAgent = "ai_agent";
        public const string ApiEndpoint = "api_endpoint";
        public const string VectorDatabase = "vector_database";
        public const string TrainingDataset = "training_dataset";
        public const string EvaluationDataset = "evaluation_dataset";
        public const string PromptTemplate = "prompt_template";
        public const string GuardrailConfig = "guardrail_config";

        /// <summary>Aliases: <c>agent</c> was this product's value for agents before it took the seed's; the rest are the short forms <c>risk score</c> accepted.</summary>
        public static AssetTerms All { get; } = new(
            [
                FoundationModel, FineTunedModel, EmbeddingModel, AiAgent, ApiEndpoint, VectorDatabase, TrainingDataset,
                EvaluationDataset, PromptTemplate, GuardrailConfig,
            ],
            new Dictionary<string, string>
            {
                ["agent"] = AiAgent,
                ["foundation"] = FoundationModel,
                ["fine_tuned"] = FineTunedModel, ["fine-tuned"] = FineTunedModel, ["finetuned"] = FineTunedModel,
                ["embedding"] = EmbeddingModel,
                ["endpoint"] = ApiEndpoint,
                ["vector_db"] = VectorDatabase, ["vectordb"] = VectorDatabase,
                ["eval_dataset"] = EvaluationDataset,
                ["guardrail"] = GuardrailConfig,
            });
    }

    /// <summary>Product-only: whether the asset's collector still sees it.</summary>
    public static class Status
    {
        public const string Active = "active";
        public const string Missing = "missing";
        public const string Unknown = "unknown";

        public static IReadOnlyList<string> All { get; } = [Active, Missing, Unknown];
    }

    /// <summary>The seed's network exposure.</summary>
    public static class Exposure
    {
        public const string Internal = "internal";
        public const string Vpc = "vpc";
        public const string Public = "public";

        public static AssetTerms All { get; } = new([Internal, Vpc, Public]);
    }

    /// <summary>The seed's <c>DataClassification</c>.</summary>
    public static class Classification
    {
        public const string Public = "public";
        public const string Internal = "internal";
        public const string Confidential = "confidential";
        public const string Restricted = "restricted";
        public const string Regulated = "regulated";

        public static AssetTerms All { get; } = new([Public, Internal, Confidential, Restricted, Regulated]);
    }

    /// <summary>The seed's <c>DeploymentEnvironment</c>.</summary>
    public static class Environment
    {
        public const string Development = "development";
        public const string Staging = "staging";
        public const string Production = "production";
        public const string Research = "research";

        public static AssetTerms All { get; } = new([Development, Staging, Production, Research]);
    }

    /// <summary>
    /// The seed's regulatory scope strings. The list is open (a company names its own regimes too), so a scope is
    /// never refused; every scope is spelled one way: lower case, words joined by <c>_</c> ("PCI-DSS" → <c>pci_dss</c>),
    /// and the known aliases mapped. <c>eu_ai_act</c> alone means the high-risk tier, the one the act regulates (and
    /// the one Risk always scored it as).
    /// </summary>
    public static partial class Regulatory
    {
        public const string EuAiActHighRisk = "eu_ai_act_high_risk";
        public const string Hipaa = "hipaa";
        public const string Sox = "sox";
        public const string PciDss = "pci_dss";
        public const string Gdpr = "gdpr";
        public const string None = "none";

        public static AssetTerms Known { get; } = new(
            [EuAiActHighRisk, Hipaa, Sox, PciDss, Gdpr, None],
            new Dictionary<string, string> { ["eu_ai_act"] = EuAiActHighRisk });

        public static string Canonical(string scope)
        {
            var spelled = WordBreaks().Replace(scope.Trim().ToLowerInvariant(), "_");
            return Known.Canonical(spelled) ?? spelled;
        }

        /// <summary>Each scope in its canonical spelling, blanks dropped, each once, in the order given.</summary>
        public static IReadOnlyList<string> Canonical(IEnumerable<string> scopes) =>
            scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(Canonical).Distinct(StringComparer.Ordinal).ToList();

        [GeneratedRegex(@"[\s\-]+", RegexOptions.CultureInvariant)]
        private static partial Regex WordBreaks();
    }

    /// <summary>Product-only: the collector that owns an asset.</summary>
    public static class Sources
    {
        public const string Azure = "azure";
        public const string Aws = "aws";
        public const string HuggingFace = "hf";
        public const string Manual = "manual";

        public static IReadOnlyList<string> All { get; } = [Azure, Aws, HuggingFace, Manual];
    }

    /// <summary>
    /// <paramref name="asset"/> with every enumerated field in its canonical spelling, so rows stored before a value
    /// was renamed (<c>agent</c>) read, list and score as the current value. Unknown values are left as they are: a
    /// stored row is never refused here (Risk reports them).
    /// </summary>
    public static AiAsset Canonical(AiAsset asset)
    {
        var type = Types.All.Canonical(asset.AssetType) ?? asset.AssetType;
        var classification = Classification.All.Canonical(asset.DataClassification) ?? asset.DataClassification;
        var environment = Environment.All.Canonical(asset.DeploymentEnv) ?? asset.DeploymentEnv;
        var exposure = Exposure.All.Canonical(asset.NetworkExposure) ?? asset.NetworkExposure;
        var scopes = Regulatory.Canonical(asset.RegulatoryScope);
        var unchanged = type == asset.AssetType && classification == asset.DataClassification && environment == asset.DeploymentEnv
            && exposure == asset.NetworkExposure && scopes.SequenceEqual(asset.RegulatoryScope, StringComparer.Ordinal);
        return unchanged ? asset : asset with
        {
            AssetType = type,
            DataClassification = classification,
            DeploymentEnv = environment,
            NetworkExposure = exposure,
            RegulatoryScope = scopes,
        };
    }
}

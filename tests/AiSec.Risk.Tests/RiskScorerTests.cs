using AiSec.Risk.Scoring;
using AiSec.Shared.Assets;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AiSec.Risk.Tests;

public sealed class RiskScorerTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static RiskScorer Scorer() => new(Options.Create(new RiskWeights()), new FakeTimeProvider(Now));

    private static RiskInput Asset(
        string type = "foundation_model", string classification = "internal", string env = "production", string exposure = "internal",
        string[]? regulatory = null, string? provider = "openai", bool selfHosted = false, DateTimeOffset? review = null,
        bool sbom = false, string? licence = null, string? source = null) => new()
    {
        AssetType = type,
        DataClassification = classification,
        DeploymentEnv = env,
        NetworkExposure = exposure,
        RegulatoryScope = regulatory ?? [],
        ModelProvider = provider,
        IsSelfHosted = selfHosted,
        LastSecurityReview = review,
        SbomAvailable = sbom,
        LicenseType = licence,
        SourceUrl = source,
    };

    public static TheoryData<RiskInput, double> Inherent => new()
    {
        // data 30×.25 + exposure 20×1×.2 + provenance (20+20)×.15 + regulatory 10×.15 + capability 50×.15 + supply 50×.1
        { Asset(), 7.5 + 4 + 6 + 1.5 + 7.5 + 5 },
        // regulated (95), public×production (90), self-hosted no review (80), HIPAA (90), ai_agent (90), HF source (60)
        { Asset("ai_agent", "regulated", "production", "public", ["hipaa"], "huggingface", true, null, false, null, "https://huggingface.co/org/m"), (95 * .25) + (90 * .2) + (80 * .15) + (90 * .15) + (90 * .15) + (60 * .1) },
        // confidential, vpc×staging = 24, azure_openai reviewed recently 15, gdpr 50, embedding 30, SBOM + licence 20
        { Asset("embedding_model", "confidential", "staging", "vpc", ["gdpr"], "azure_openai", false, Now.AddDays(-10), true, "mit"), (60 * .25) + (24 * .2) + (15 * .15) + (50 * .15) + (30 * .15) + (20 * .1) },
        // stale review (+10): provider other 50 + 10 = 60; research×public = 27
        { Asset("prompt_template", "public", "research", "public", ["none"], "mistral", false, Now.AddDays(-120)), (10 * .25) + (27 * .2) + (60 * .15) + (10 * .15) + (25 * .15) + (50 * .1) },
    };

    [Fact]
    public void Every_value_of_the_asset_vocabulary_has_a_score_and_types_score_as_the_seeds()
    {
        Assert.Equal(AssetVocabulary.Types.All.Order(StringComparer.Ordinal), RiskTables.Capability.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(AssetVocabulary.Classification.All.Order(StringComparer.Ordinal), RiskTables.Classification.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(AssetVocabulary.Environment.All.Order(StringComparer.Ordinal), RiskTables.Environment.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(AssetVocabulary.Exposure.All.Order(StringComparer.Ordinal), RiskTables.Exposure.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            new Dictionary<string, double>
            {
                ["ai_agent"] = 90, ["fine_tuned_model"] = 70, ["foundation_model"] = 50, ["api_endpoint"] = 60, ["vector_database"] = 55,
                ["embedding_model"] = 30, ["training_dataset"] = 45, ["prompt_template"] = 25, ["guardrail_config"] = 20, ["evaluation_dataset"] = 15,
            }.OrderBy(p => p.Key, StringComparer.Ordinal),
            RiskTables.Capability.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Inherent))]
    public void Computes_the_seeds_inherent_score(RiskInput asset, double expected)
    {
        var result = Scorer().Score(asset, []);

        Assert.Equal(RiskScorer.Round(expected), result.InherentRiskScore);
        Assert.Equal(result.InherentRiskScore, result.ResidualRiskScore);
        Assert.Equal(6, result.RiskFactors.Count);
    }

    [Fact]
    public void Operational_controls_reduce_residual_risk_by_their_weights()
    {
        var controls = new[]
        {
            new ControlState("input_filtering", true), new ControlState("output_filtering", true), new ControlState("network_isolation", true),
            new ControlState("monitoring", false),
        };

        var result = Scorer().Score(Asset("ai_agent", "restricted", exposure: "public"), controls);

        Assert.Equal(0.35, result.ControlEffectiveness);
        Assert.Equal(RiskScorer.Round(result.InherentRiskScore * 0.65), result.ResidualRiskScore, 2);
        Assert.Equal(35, result.RiskReductionPercentage, 1);
    }

    [Fact]
    public void Control_effectiveness_is_capped_at_one()
    {
        var all = RiskTables.ControlWeights.Keys.Select(k => new ControlState(k, true)).ToArray();

        var result = Scorer().Score(Asset(), all);

        Assert.Equal(1.0, result.ControlEffectiveness);
        Assert.Equal(0, result.ResidualRiskScore);
        Assert.Equal(RiskLevels.Low, result.RiskLevel);
    }

    [Theory]
    [InlineData(75, "CRITICAL")]
    [InlineData(74.99, "HIGH")]
    [InlineData(50, "HIGH")]
    [InlineData(49.99, "MEDIUM")]
    [InlineData(25, "MEDIUM")]
    [InlineData(24.99, "LOW")]
    public void Maps_residual_scores_to_levels_at_the_seeds_boundaries(double residual, string level)
    {
        Assert.Equal(level, RiskLevels.For(residual));
    }

    [Fact]
    public void Provenance_is_capped_at_one_hundred_and_supply_chain_clamped()
    {
        var result = Scorer().Score(Asset(provider: "other", selfHosted: true, review: null, sbom: true, licence: "apache-2.0"), []);

        Assert.Equal(80, result.RiskFactors.Single(f => f.Dimension == Dimensions.ModelProvenance).Score);
        Assert.Equal(20, result.RiskFactors.Single(f => f.Dimension == Dimensions.SupplyChain).Score);
    }

    [Fact]
    public void Recommends_for_the_top_three_weighted_factors_with_owasp_ids()
    {
        var result = Scorer().Score(Asset("ai_agent", "regulated", exposure: "public"), []);

        Assert.Equal(3, result.Recommendations.Count);
        Assert.Equal(Dimensions.DataSensitivity, result.Recommendations[0].Dimension);
        Assert.All(result.Recommendations, r => Assert.All(r.OwaspLlm, id => Assert.Matches(@"^LLM(0[1-9]|10)$", id)));
    }

    [Fact]
    public void Rejects_weights_that_do_not_sum_to_one()
    {
        var weights = new RiskWeights { DataSensitivity = 0.5 };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(weights, new(weights), results, true);

        Assert.Contains(results, r => r.ErrorMessage!.Contains("sum to 1.0", StringComparison.Ordinal));
    }

    /// <summary>Property tests over 2,000 random assets (seeded): the model's monotonicity and bounds.</summary>
    [Fact]
    public void Residual_never_exceeds_inherent_and_more_exposure_never_lowers_risk()
    {
        var random = new Random(7);
        string Pick(IEnumerable<string> values) => values.ElementAt(random.Next(values.Count()));
        string[] exposures = ["internal", "vpc", "public"];
        var scorer = Scorer();
        for (var i = 0; i < 2_000; i++)
        {
            var asset = Asset(
                Pick(RiskTables.Capability.Keys), Pick(RiskTables.Classification.Keys), Pick(RiskTables.Environment.Keys), Pick(exposures),
                random.Next(3) == 0 ? ["hipaa"] : [], Pick(["openai", "azure_openai", "other"]), random.Next(2) == 0,
                random.Next(2) == 0 ? Now.AddDays(-random.Next(200)) : null, random.Next(2) == 0, random.Next(2) == 0 ? "mit" : null);
            var controls = RiskTables.ControlWeights.Keys.Where(_ => random.Next(2) == 0).Select(k => new ControlState(k, true)).ToArray();

            var result = scorer.Score(asset, controls);
            Assert.InRange(result.ResidualRiskScore, 0, result.InherentRiskScore);
            Assert.InRange(result.InherentRiskScore, 0, 100);

            var wider = asset with { NetworkExposure = exposures[Math.Min(2, Array.IndexOf(exposures, asset.NetworkExposure) + 1)] };
            Assert.True(scorer.Score(wider, controls).ResidualRiskScore >= result.ResidualRiskScore);

            var fewer = controls.Skip(1).ToArray();
            Assert.True(scorer.Score(asset, fewer).ResidualRiskScore >= result.ResidualRiskScore);
        }
    }
}

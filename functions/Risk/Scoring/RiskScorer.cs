using AiSec.Shared.Assets;
using Microsoft.Extensions.Options;

namespace AiSec.Risk.Scoring;

/// <summary>
/// The seed's risk model: six weighted dimensions give the inherent score, operational controls reduce it to the
/// residual score. Pure: the clock is the only input besides the asset and its controls.
/// </summary>
public sealed class RiskScorer(IOptions<RiskWeights> weights, TimeProvider time)
{
    private static readonly TimeSpan StaleReview = TimeSpan.FromDays(90);

    public RiskResult Score(RiskInput asset, IReadOnlyList<ControlState> controls)
    {
        var w = weights.Value;
        var factors = new List<RiskFactor>
        {
            Factor(Dimensions.DataSensitivity, RiskTables.Classification[asset.DataClassification], w.DataSensitivity, $"data classification {asset.DataClassification}"),
            Exposure(asset, w.DeploymentExposure),
            Provenance(asset, w.ModelProvenance),
            Regulatory(asset, w.RegulatoryImpact),
            Factor(Dimensions.CapabilityRisk, RiskTables.Capability[asset.AssetType], w.CapabilityRisk, $"asset type {asset.AssetType}"),
            SupplyChain(asset, w.SupplyChain),
        };

        var inherent = factors.Sum(f => f.Score * f.Weight);
        var controlResults = controls
            .Where(c => RiskTables.ControlWeights.ContainsKey(c.Type))
            .GroupBy(c => c.Type, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(c => c.Operational) ?? g.First())
            .Select(c => new ControlResult(c.Type, c.Operational, RiskTables.ControlWeights[c.Type], c.Evidence))
            .ToList();
        var effectiveness = Math.Min(1.0, controlResults.Where(c => c.Operational).Sum(c => c.Weight));
        var residual = inherent * (1 - effectiveness);
        var top = factors.OrderByDescending(f => f.Contribution).ThenBy(f => f.Dimension, StringComparer.Ordinal).Take(3);

        return new RiskResult
        {
            AssetName = asset.Name,
            InherentRiskScore = Round(inherent),
            ControlEffectiveness = Round(effectiveness),
            ResidualRiskScore = Round(residual),
            RiskLevel = RiskLevels.For(Round(residual)),
            RiskReductionPercentage = Round(inherent == 0 ? 0 : (inherent - residual) / inherent * 100),
            RiskFactors = factors,
            Controls = controlResults,
            Recommendations = top.Select(f => Recommendations.For(f.Dimension)).ToList(),
        };
    }

    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static RiskFactor Factor(string dimension, double score, double weight, string details) =>
        new(dimension, Round(score), weight, Round(score * weight), details);

    private static RiskFactor Exposure(RiskInput asset, double weight)
    {
        var baseScore = RiskTables.Exposure[asset.NetworkExposure];
        var multiplier = RiskTables.Environment[asset.DeploymentEnv];
        return Factor(Dimensions.DeploymentExposure, baseScore * multiplier, weight,
            $"network exposure {asset.NetworkExposure} ({baseScore}) × {asset.DeploymentEnv} environment ({multiplier})");
    }

    private RiskFactor Provenance(RiskInput asset, double weight)
    {
        var provider = asset.ModelProvider ?? "unknown";
        var (score, source) = asset.IsSelfHosted ? (60.0, "self-hosted")
            : RiskTables.MajorLabs.Contains(provider) ? (20.0, $"provider {provider}")
            : RiskTables.ManagedClouds.Contains(provider) ? (15.0, $"managed provider {provider}")
            : (50.0, $"provider {provider}");
        string review;
        if (asset.LastSecurityReview is not { } reviewed)
        {
            score += 20;
            review = "no security review (+20)";
        }
        else if (time.GetUtcNow() - reviewed > StaleReview)
        {
            score += 10;
            review = $"security review {reviewed:yyyy-MM-dd} older than 90 days (+10)";
        }
        else
        {
            review = $"security review {reviewed:yyyy-MM-dd}";
        }

        return Factor(Dimensions.ModelProvenance, Math.Min(100, score), weight, $"{source}; {review}");
    }

    private static RiskFactor Regulatory(RiskInput asset, double weight)
    {
        var scopes = asset.RegulatoryScope.Where(s => s != AssetVocabulary.Regulatory.None).ToList();
        var score = scopes.Count == 0 ? 10.0 : scopes.Any(RiskTables.HighImpactRegulation.Contains) ? 90.0 : 50.0;
        return Factor(Dimensions.RegulatoryImpact, score, weight, scopes.Count == 0 ? "no regulatory scope" : $"regulatory scope {string.Join(", ", scopes)}");
    }

    private static RiskFactor SupplyChain(RiskInput asset, double weight)
    {
        var score = 50.0;
        var notes = new List<string>();
        if (asset.SbomAvailable)
        {
            score -= 20;
            notes.Add("SBOM available (−20)");
        }

        if (!string.IsNullOrWhiteSpace(asset.LicenseType) && !asset.LicenseType.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            score -= 10;
            notes.Add($"licence {asset.LicenseType} (−10)");
        }

        if (IsHuggingFace(asset))
        {
            score += 10;
            notes.Add("Hugging Face source (+10)");
        }

        return Factor(Dimensions.SupplyChain, Math.Clamp(score, 0, 100), weight, notes.Count == 0 ? "no SBOM, no known licence" : string.Join("; ", notes));
    }

    private static bool IsHuggingFace(RiskInput asset) =>
        asset.ModelProvider is "huggingface" or "hugging_face"
        || (Uri.TryCreate(asset.SourceUrl, UriKind.Absolute, out var uri)
            && (uri.Host.Equals("huggingface.co", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".huggingface.co", StringComparison.OrdinalIgnoreCase)
                || uri.Host.Equals("hf.co", StringComparison.OrdinalIgnoreCase)));
}

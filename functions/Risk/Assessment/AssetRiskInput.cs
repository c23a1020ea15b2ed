using AiSec.Risk.Scoring;
using AiSec.Shared.Assets;

namespace AiSec.Risk.Assessment;

/// <summary>Maps a registry asset to the model's input, with the same validation as a hand-written asset file.</summary>
public static class AssetRiskInput
{
    public static RiskInput From(AiAsset asset)
    {
        var type = asset.AssetType.ToLowerInvariant();
        return new RiskInput
        {
            Name = asset.Name,
            AssetType = RiskTables.AssetTypeSynonyms.TryGetValue(type, out var canonical) ? canonical : throw new RiskInputException($"assetType '{asset.AssetType}' is not known"),
            DataClassification = Known(asset.DataClassification, RiskTables.Classification.Keys, "dataClassification"),
            DeploymentEnv = Known(asset.DeploymentEnv, RiskTables.Environment.Keys, "deploymentEnv"),
            NetworkExposure = Known(asset.NetworkExposure, RiskTables.Exposure.Keys, "networkExposure"),
            RegulatoryScope = asset.RegulatoryScope.Select(s => s.ToLowerInvariant()).ToList(),
            ModelProvider = asset.ModelProvider?.ToLowerInvariant(),
            IsSelfHosted = asset.IsSelfHosted,
            LastSecurityReview = asset.LastSecurityReview,
            SbomAvailable = asset.SbomAvailable,
            LicenseType = asset.LicenseType,
            SourceUrl = asset.SourceUrl,
        };
    }

    private static string Known(string value, IEnumerable<string> allowed, string field)
    {
        var v = value.ToLowerInvariant();
        return allowed.Contains(v) ? v : throw new RiskInputException($"{field} '{value}' is not known");
    }
}

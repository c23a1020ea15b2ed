using AiSec.Shared.Assets;

namespace AiSec.Risk.Scoring;

/// <summary>
/// Maps an asset, from the registry or from a file, to the model's input. Enumerated fields must be in the
/// vocabulary (aliases are mapped): a value the model has no score for is refused, never scored as something else.
/// </summary>
public static class AssetRiskInput
{
    public static RiskInput From(AiAsset asset) => new()
    {
        Name = asset.Name,
        AssetType = Known(asset.AssetType, AssetVocabulary.Types.All, "assetType"),
        DataClassification = Known(asset.DataClassification, AssetVocabulary.Classification.All, "dataClassification"),
        DeploymentEnv = Known(asset.DeploymentEnv, AssetVocabulary.Environment.All, "deploymentEnv"),
        NetworkExposure = Known(asset.NetworkExposure, AssetVocabulary.Exposure.All, "networkExposure"),
        RegulatoryScope = AssetVocabulary.Regulatory.Canonical(asset.RegulatoryScope),
        ModelProvider = asset.ModelProvider?.ToLowerInvariant(),
        IsSelfHosted = asset.IsSelfHosted,
        LastSecurityReview = asset.LastSecurityReview,
        SbomAvailable = asset.SbomAvailable,
        LicenseType = asset.LicenseType,
        SourceUrl = asset.SourceUrl,
    };

    private static string Known(string value, AssetTerms terms, string field) =>
        terms.Canonical(value) ?? throw new RiskInputException($"{field} '{value}' is not one of {terms}");
}

namespace AiSec.Shared.Assets;

/// <summary>
/// The seed's compliance-gap checks over one asset: no security review, a review older than 90 days, no SBOM for a
/// self-hosted model, regulated data classified as public or internal, no owner, public exposure of sensitive data.
/// Shared by the registry's gap report and by Risk, which signals a new gap on a production asset.
/// </summary>
public static class ComplianceGaps
{
    public const string NoSecurityReview = "no_security_review";
    public const string StaleSecurityReview = "stale_security_review";
    public const string MissingSbom = "missing_sbom";
    public const string RegulatedDataUnderclassified = "regulated_data_classified_internal";
    public const string NoOwner = "no_owner";
    public const string PublicSensitiveData = "public_exposure_sensitive_data";

    public static IReadOnlyList<string> For(AiAsset asset, DateTimeOffset now)
    {
        var gaps = new List<string>();
        if (asset.LastSecurityReview is null)
        {
            gaps.Add(NoSecurityReview);
        }
        else if (now - asset.LastSecurityReview > TimeSpan.FromDays(90))
        {
            gaps.Add(StaleSecurityReview);
        }

        if (asset.IsSelfHosted && !asset.SbomAvailable)
        {
            gaps.Add(MissingSbom);
        }

        var regulated = asset.RegulatoryScope.Any(s => s != AssetVocabulary.Regulatory.None);
        if (regulated && asset.DataClassification is AssetVocabulary.Classification.Public or AssetVocabulary.Classification.Internal)
        {
            gaps.Add(RegulatedDataUnderclassified);
        }

        if (string.IsNullOrWhiteSpace(asset.Owner))
        {
            gaps.Add(NoOwner);
        }

        if (asset.NetworkExposure == AssetVocabulary.Exposure.Public
            && asset.DataClassification is AssetVocabulary.Classification.Confidential or AssetVocabulary.Classification.Restricted or AssetVocabulary.Classification.Regulated)
        {
            gaps.Add(PublicSensitiveData);
        }

        return gaps;
    }
}

using AiSec.Shared.Assets;

namespace AiSec.Discovery.Admin;

/// <summary>The facts people may set on an asset, as they stand: what an annotation's audit record shows before and after.</summary>
public sealed record AnnotatableFields(
    string? Owner,
    string DataClassification,
    IReadOnlyList<string> RegulatoryScope,
    string DeploymentEnv,
    string? GuardrailApp,
    DateTimeOffset? LastSecurityReview,
    bool SbomAvailable)
{
    public static AnnotatableFields Of(AiAsset asset) => new(
        asset.Owner, asset.DataClassification, asset.RegulatoryScope, asset.DeploymentEnv, asset.GuardrailApp, asset.LastSecurityReview, asset.SbomAvailable);
}

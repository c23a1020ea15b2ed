using AiSec.Shared.Assets;

namespace AiSec.Discovery.Registry;

/// <summary>
/// A registry search: every set criterion must match. <see cref="Text"/> looks in the id, name, model, owner and tag
/// values; <see cref="Unreviewed"/> finds assets never reviewed or reviewed more than 90 days ago.
/// </summary>
public sealed record AssetQuery(
    string? Type = null,
    string? Classification = null,
    string? Owner = null,
    string? Regulatory = null,
    string? Status = null,
    string? Source = null,
    bool Unreviewed = false,
    string? Text = null)
{
    public static readonly TimeSpan ReviewValidity = TimeSpan.FromDays(90);

    /// <summary>A type, classification or scope may be asked for by an alias (<c>agent</c>, <c>PCI-DSS</c>): assets hold the canonical value.</summary>
    public bool Matches(AiAsset asset, DateTimeOffset now) =>
        Is(Type is null ? null : AssetVocabulary.Types.All.Canonical(Type) ?? Type, asset.AssetType)
        && Is(Classification is null ? null : AssetVocabulary.Classification.All.Canonical(Classification) ?? Classification, asset.DataClassification)
        && Is(Owner, asset.Owner)
        && Is(Status, asset.Status)
        && Is(Source, asset.Source)
        && (Regulatory is null || asset.RegulatoryScope.Contains(AssetVocabulary.Regulatory.Canonical(Regulatory), StringComparer.Ordinal))
        && (!Unreviewed || asset.LastSecurityReview is not { } reviewed || now - reviewed > ReviewValidity)
        && (string.IsNullOrWhiteSpace(Text) || Searchable(asset).Any(v => v.Contains(Text.Trim(), StringComparison.OrdinalIgnoreCase)));

    public IEnumerable<AiAsset> Apply(IEnumerable<AiAsset> assets, DateTimeOffset now) =>
        assets.Where(a => Matches(a, now)).OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal);

    private static bool Is(string? wanted, string? actual) => wanted is null || string.Equals(wanted, actual, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Searchable(AiAsset asset) =>
        new[] { asset.Id, asset.Name, asset.ModelName, asset.ModelProvider, asset.Owner, asset.Region }.OfType<string>().Concat(asset.Tags.Values);
}

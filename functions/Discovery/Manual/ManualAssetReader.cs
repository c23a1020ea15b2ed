using AiSec.Shared.Assets;

namespace AiSec.Discovery.Manual;

/// <summary>
/// Reads an asset registered by hand (agents, vector databases, prompt templates, datasets: what no collector sees)
/// with the shared <see cref="AssetDocumentReader"/>: camelCase or the seed's <c>to_dict()</c> form. A registration
/// needs a name and a type; the other enumerated fields default to internal data, internal exposure, production.
/// </summary>
public static class ManualAssetReader
{
    public static readonly IReadOnlyCollection<string> RequiredFields = ["name", "assetType"];

    public static AiAsset Read(string json, DateTimeOffset now) =>
        AssetDocumentReader.Read(json, RequiredFields) with { FirstSeen = now, LastSeen = now };
}

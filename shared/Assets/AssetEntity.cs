using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Shared.Assets;

/// <summary>
/// Table row of an <see cref="AiAsset"/>: partitioned by source, keyed by a hash of the asset id (ids such as ARM
/// ids contain characters a RowKey may not), with the filterable fields as columns and the whole asset as JSON.
/// </summary>
public sealed class AssetEntity : ITableEntity
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string AssetId { get; set; } = "";

    public string Name { get; set; } = "";

    public string AssetType { get; set; } = "";

    public string Status { get; set; } = "";

    public string? Owner { get; set; }

    public string DataClassification { get; set; } = "";

    public string NetworkExposure { get; set; } = "";

    public string DeploymentEnv { get; set; } = "";

    /// <summary>Regulatory scopes joined by commas, wrapped in commas (",hipaa,sox,") so a scope is one substring.</summary>
    public string RegulatoryScope { get; set; } = ",";

    public DateTimeOffset LastSeen { get; set; }

    public string Document { get; set; } = "{}";

    public static string RowKeyFor(string assetId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(assetId)));

    /// <summary>The row of <paramref name="asset"/>, its enumerated fields in canonical spelling.</summary>
    public static AssetEntity From(AiAsset asset) => Row(AssetVocabulary.Canonical(asset));

    /// <summary>The asset of this row; a row written with an older spelling (<c>agent</c>) reads as the canonical value.</summary>
    public AiAsset ToAsset() => AssetVocabulary.Canonical(
        JsonSerializer.Deserialize<AiAsset>(Document, Json)
        ?? throw new InvalidDataException($"Asset row {PartitionKey}/{RowKey} has an empty document."));

    private static AssetEntity Row(AiAsset asset) => new()
    {
        PartitionKey = asset.Source,
        RowKey = RowKeyFor(asset.Id),
        AssetId = asset.Id,
        Name = asset.Name,
        AssetType = asset.AssetType,
        Status = asset.Status,
        Owner = asset.Owner,
        DataClassification = asset.DataClassification,
        NetworkExposure = asset.NetworkExposure,
        DeploymentEnv = asset.DeploymentEnv,
        RegulatoryScope = "," + string.Join(',', asset.RegulatoryScope) + ",",
        LastSeen = asset.LastSeen,
        Document = JsonSerializer.Serialize(asset, Json),
    };
}

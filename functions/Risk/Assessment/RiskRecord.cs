using System.Text.Json;
using AiSec.Risk.Scoring;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Risk.Assessment;

/// <summary>
/// One stored assessment, as a latest score or a history entry (layouts in <see cref="RiskStore"/>).
/// </summary>
public sealed class RiskRecord : ITableEntity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string AssetId { get; set; } = "";

    public string AssetName { get; set; } = "";

    public double ResidualRiskScore { get; set; }

    public double InherentRiskScore { get; set; }

    public string RiskLevel { get; set; } = "";

    public DateTimeOffset AssessedAt { get; set; }

    public string Document { get; set; } = "{}";

    public static RiskRecord Create(string partition, string row, string assetId, RiskResult result, DateTimeOffset at) => new()
    {
        PartitionKey = partition,
        RowKey = row,
        AssetId = assetId,
        AssetName = result.AssetName,
        ResidualRiskScore = result.ResidualRiskScore,
        InherentRiskScore = result.InherentRiskScore,
        RiskLevel = result.RiskLevel,
        AssessedAt = at,
        Document = JsonSerializer.Serialize(result, Json),
    };

    public RiskResult ToResult() => JsonSerializer.Deserialize<RiskResult>(Document, Json) ?? throw new InvalidDataException($"Empty risk record {PartitionKey}/{RowKey}.");
}

/// <summary>An asset's assessment as the API and CLI show it.</summary>
public sealed record AssetRisk(string AssetId, DateTimeOffset AssessedAt, RiskResult Result);

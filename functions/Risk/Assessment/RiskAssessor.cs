using System.Text.Json.Nodes;
using AiSec.Risk.Scoring;
using AiSec.Shared.Assets;
using AiSec.Shared.Audit;
using AiSec.Shared.Signals;
using AiSec.Shared.Storage;
using Microsoft.Extensions.Logging;

namespace AiSec.Risk.Assessment;

/// <summary>
/// Assesses registry assets: evidence-derived controls, the model, latest score and history; a rise into HIGH or
/// CRITICAL is audited and raises a <c>risk_increase</c> signal for the playbooks.
/// </summary>
public sealed partial class RiskAssessor(
    AssetStore assets,
    RiskScorer scorer,
    AiSecStorage storage,
    IncidentSignalPublisher signals,
    IAuditLog audit,
    TimeProvider time,
    ILogger<RiskAssessor> logger)
{
    // The capability's own tables: internal, so scores are written only here and attestations only by RiskAdmin.
    private readonly RiskStore _store = new(storage);
    private readonly AttestationStore _attestations = new(storage);

    public sealed record Summary(int Assessed, int Skipped, int Rises, IReadOnlyList<AssetRisk> Results);

    public async Task<Summary> AssessAllAsync(CancellationToken cancellationToken)
    {
        var all = await assets.ListAsync(cancellationToken);
        return await AssessAsync(all, cancellationToken);
    }

    public async Task<AssetRisk?> AssessOneAsync(string assetId, CancellationToken cancellationToken)
    {
        var asset = await assets.GetAsync(assetId, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        var results = (await AssessAsync([asset], cancellationToken)).Results;
        return results.Count == 0 ? null : results[0];
    }

    private async Task<Summary> AssessAsync(IReadOnlyList<AiAsset> batch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var traffic = await GuardrailTraffic.LoadAsync(storage, now, cancellationToken);
        var attested = await _attestations.LoadAsync(cancellationToken);
        var previous = batch.Count == 1
            ? (await _store.LatestAsync(batch[0].Id, cancellationToken)) is { } one ? new Dictionary<string, AssetRisk> { [one.AssetId] = one } : []
            : await _store.LatestAsync(cancellationToken);

        var results = new List<AssetRisk>(batch.Count);
        var skipped = 0;
        foreach (var asset in batch)
        {
            try
            {
                var controls = EvidenceControls.For(asset, traffic, attested.GetValueOrDefault(asset.Id), now);
                var result = scorer.Score(AssetRiskInput.From(asset), controls) with
                {
                    AssetName = asset.Name,
                    ComplianceGaps = ComplianceGaps.For(asset, now),
                };
                results.Add(new AssetRisk(asset.Id, now, result));
            }
            catch (RiskInputException ex)
            {
                skipped++;
                LogSkipped(logger, asset.Id, ex.Message);
            }
        }

        await _store.SaveAsync(results, cancellationToken);
        var production = batch.Where(a => a.DeploymentEnv == AssetVocabulary.Environment.Production).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var rises = 0;
        foreach (var current in results)
        {
            var before = previous.GetValueOrDefault(current.AssetId);
            var newGaps = before is null || !production.Contains(current.AssetId)
                ? []
                : current.Result.ComplianceGaps.Except(before.Result.ComplianceGaps, StringComparer.Ordinal).ToList();
            if (IsRiseIntoHighOrCritical(before?.Result.RiskLevel, current.Result.RiskLevel) || newGaps.Count > 0)
            {
                rises++;
                await ReportRiseAsync(current, before, newGaps, cancellationToken);
            }
        }

        return new Summary(results.Count, skipped, rises, results);
    }

    /// <summary>
    /// A rise needs a previous assessment: an asset's first assessment is its baseline (a new asset is announced by
    /// Discovery's change event), so the first run over a large registry does not flood the playbooks.
    /// </summary>
    public static bool IsRiseIntoHighOrCritical(string? before, string after) =>
        before is not null && RiskLevels.Rank(after) >= RiskLevels.Rank(RiskLevels.High) && RiskLevels.Rank(after) > RiskLevels.Rank(before);

    private async Task ReportRiseAsync(AssetRisk current, AssetRisk? before, IReadOnlyList<string> newGaps, CancellationToken cancellationToken)
    {
        var details = new JsonObject
        {
            ["newComplianceGaps"] = new JsonArray(newGaps.Select(g => (JsonNode)JsonValue.Create(g)).ToArray()),
            ["from"] = before?.Result.RiskLevel,
            ["to"] = current.Result.RiskLevel,
            ["residualRiskScore"] = current.Result.ResidualRiskScore,
            ["previousResidualRiskScore"] = before?.Result.ResidualRiskScore,
            ["assetName"] = current.Result.AssetName,
        };
        await audit.AppendAsync(new AuditEvent(AuditStreams.Risk, "risk-assessor", "risk_increase", current.AssetId, current.Result.RiskLevel, details), AuditDurability.Durable, cancellationToken);
        await signals.PublishAsync(new IncidentSignal(IncidentSignalTypes.RiskIncrease, current.AssetId,
            current.Result.RiskLevel == RiskLevels.Critical ? "critical" : "high", current.AssessedAt, "risk", (JsonObject)details.DeepClone()), cancellationToken);
    }

    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "Asset {AssetId} not assessed: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string assetId, string reason);
}

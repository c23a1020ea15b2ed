using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Playbooks.Incidents;
using AiSec.Risk.Assessment;
using AiSec.Shared.Assets;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Storage;
using AiSec.Shared.Storage;

namespace AiSec.Playbooks.Actions;

/// <summary>
/// <c>capture_evidence</c>: the guardrail decisions for the incident's apps since the activity began, a snapshot of
/// every affected asset, and their risk history, each written to the <c>evidence</c> container as JSON and kept on
/// the incident with its SHA-256 (which the action's audit record carries too). Re-running overwrites the same blobs.
/// </summary>
public sealed class CaptureEvidenceAction(AiSecStorage storage, AssetStore assets, AuditStorageReader audit, RiskScores risk, IncidentRecorder incidents, TimeProvider time)
    : IPlaybookAction
{
    /// <summary>How far back from the incident's start decisions are kept, and at most how many.</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromHours(1);

    private const int MaxDecisions = 5_000;

    public string Name => "capture_evidence";

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var incident = request.Incident;
        if (request.DryRun)
        {
            return ActionOutcome.WouldDo($"capture guardrail decisions, {incident.AffectedAssets.Count} asset snapshots and their risk history");
        }

        var items = new List<EvidenceItem>
        {
            await WriteAsync(incident.Id, $"s{request.Step.Number}-guardrail-decisions.json", await DecisionsAsync(incident, cancellationToken), cancellationToken),
        };
        foreach (var assetId in incident.AffectedAssets)
        {
            var snapshot = new JsonObject
            {
                ["asset"] = JsonSerializer.SerializeToNode(await assets.GetAsync(assetId, cancellationToken), Json),
                ["riskHistory"] = JsonSerializer.SerializeToNode(await risk.HistoryAsync(assetId, 100, cancellationToken), Json),
            };
            items.Add(await WriteAsync(incident.Id, $"s{request.Step.Number}-asset-{Slug(assetId)}.json", snapshot, cancellationToken));
        }

        foreach (var item in items)
        {
            await incidents.AddEvidenceAsync(incident.Id, item, cancellationToken);
        }

        var after = JsonSerializer.SerializeToNode(items, Json);
        return ActionOutcome.Done($"{items.Count} evidence files in '{StorageNames.Containers.Evidence}/{incident.Id}/' with their SHA-256", after: after);
    }

    private async Task<JsonObject> DecisionsAsync(Incident incident, CancellationToken cancellationToken)
    {
        var since = incident.OccurredAt - Lookback;
        var apps = incident.Subjects.Apps.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var decisions = (await audit.TailAsync(AuditStreams.Guardrail, MaxDecisions, cancellationToken))
            .Where(r => r.Time >= since && (apps.Count == 0 || apps.Contains(r.Subject)))
            .Select(r => new JsonObject
            {
                ["seq"] = r.Seq,
                ["time"] = r.Time,
                ["actor"] = r.Actor,
                ["app"] = r.Subject,
                ["decision"] = r.Outcome,
                ["details"] = JsonNode.Parse(r.Details.GetRawText()),
                ["hash"] = r.Hash,
            });
        return new JsonObject
        {
            ["incident"] = incident.Id,
            ["since"] = since,
            ["capturedAt"] = time.GetUtcNow(),
            ["apps"] = new JsonArray([.. apps.Select(a => JsonValue.Create(a))]),
            ["decisions"] = new JsonArray([.. decisions]),
        };
    }

    private async Task<EvidenceItem> WriteAsync(string incidentId, string name, JsonNode content, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(content, Json);
        var blob = $"{incidentId}/{name}";
        var client = storage.Container(StorageNames.Containers.Evidence).GetBlobClient(blob);
        await client.UploadAsync(BinaryData.FromBytes(bytes), overwrite: true, cancellationToken);
        return new EvidenceItem(name, blob, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, time.GetUtcNow());
    }

    private static string Slug(string assetId) =>
        new string([.. assetId.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]).Trim('-') is { Length: > 0 } slug
            ? slug.Length <= 80 ? slug : slug[^80..]
            : "asset";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

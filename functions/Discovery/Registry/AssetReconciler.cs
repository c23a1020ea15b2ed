using System.Text.Json.Nodes;
using AiSec.Discovery.Collectors;
using AiSec.Shared.Assets;
using AiSec.Shared.Audit;
using AiSec.Shared.Storage;
using Microsoft.Extensions.Logging;

namespace AiSec.Discovery.Registry;

/// <summary>
/// Merges one collector's result into the registry: keeps first-seen dates, lays people's overrides over tags and
/// collector defaults, marks assets the scan no longer sees <c>missing</c> (or <c>unknown</c> when their scope could
/// not be read; nothing is deleted), and turns every security-relevant change into an audit record and a
/// <c>discovery-changes</c> message for Risk.
/// </summary>
public sealed partial class AssetReconciler(
    AssetStore assets,
    AiSecStorage storage,
    AssetChangePublisher changePublisher,
    IAuditLog audit,
    TimeProvider time,
    ILogger<AssetReconciler> logger)
{
    // Overrides are Discovery's own table, internal so that people change them only through DiscoveryAdmin.
    private readonly AssetOverrideStore _overrides = new(storage);
    private const int ParallelMessages = 16;

    public async Task<ReconcileSummary> ReconcileAsync(string source, CollectionResult result, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var existing = (await assets.ListAsync(cancellationToken, source)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var annotated = await _overrides.ListAsync(cancellationToken);
        var writes = new List<AiAsset>();
        var changes = new List<AssetChange>();
        int created = 0, updated = 0, missing = 0, unknown = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var found in result.Assets)
        {
            if (!seen.Add(found.Id))
            {
                continue;
            }

            existing.TryGetValue(found.Id, out var before);
            var after = found with { Source = source, Status = AssetVocabulary.Status.Active, FirstSeen = before?.FirstSeen ?? now, LastSeen = now };
            after = annotated.TryGetValue(after.Id, out var manual) ? manual.ApplyTo(after) : after;
            changes.AddRange(AssetChangeDetector.Between(before, after));
            writes.Add(after);
            if (before is null)
            {
                created++;
            }
            else
            {
                updated++;
            }
        }

        foreach (var before in existing.Values.Where(a => !seen.Contains(a.Id)))
        {
            var unreadable = result.CoversFailedScope(before.Scope);
            var status = unreadable ? AssetVocabulary.Status.Unknown : AssetVocabulary.Status.Missing;
            unknown += unreadable ? 1 : 0;
            missing += unreadable ? 0 : 1;
            if (before.Status != status)
            {
                writes.Add(before with { Status = status });
                changes.Add(new AssetChange(before.Id, status == AssetVocabulary.Status.Missing ? AssetChangeKinds.Missing : AssetChangeKinds.Unknown, before.Scope));
            }
        }

        await assets.UpsertAsync(writes, cancellationToken);
        await PublishAsync(source, actor, changes, result.Failures, now, cancellationToken);
        LogReconciled(logger, source, seen.Count, created, missing, unknown, changes.Count, result.Failures.Count);
        return new ReconcileSummary(source, writes.Where(a => a.Status == AssetVocabulary.Status.Active).ToList(), seen.Count, created, updated, missing, unknown, changes, result.Failures, result.Warnings);
    }

    private async Task PublishAsync(string source, string actor, List<AssetChange> changes, IReadOnlyList<ScopeFailure> failures, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            await audit.AppendAsync(
                new AuditEvent(AuditStreams.Discovery, actor, change.Kind, change.AssetId, "detected", change.Details is null ? null : new JsonObject { ["details"] = change.Details }),
                AuditDurability.Buffered,
                cancellationToken);
        }

        await Parallel.ForEachAsync(
            changes.GroupBy(c => c.AssetId),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelMessages, CancellationToken = cancellationToken },
            async (perAsset, ct) =>
            {
                // One message per asset: Risk re-assesses the asset once, whatever the number of changes.
                var kinds = string.Join(',', perAsset.Select(c => c.Kind).Distinct());
                await changePublisher.PublishAsync(new AssetChangeEvent(perAsset.Key, kinds, now, perAsset.First().Details), ct);
            });

        // Durable, so the run's record (and every buffered change record before it) is persisted before we report.
        await audit.AppendAsync(
            new AuditEvent(AuditStreams.Discovery, actor, "discovery_run", source, failures.Count == 0 ? "succeeded" : "partial", new JsonObject
            {
                ["changes"] = changes.Count,
                ["failedScopes"] = new JsonArray(failures.Select(f => (JsonNode)new JsonObject { ["scope"] = f.Scope, ["error"] = f.Error }).ToArray()),
            }),
            AuditDurability.Durable,
            cancellationToken);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Discovery {Source}: {Seen} assets seen ({Created} new), {Missing} missing, {Unknown} unknown, {Changes} changes, {FailedScopes} failed scopes")]
    private static partial void LogReconciled(ILogger logger, string source, int seen, int created, int missing, int unknown, int changes, int failedScopes);
}

using System.Globalization;
using AiSec.Guardrail.Overturns;
using AiSec.Playbooks.Definitions;
using AiSec.Program.Incidents;
using AiSec.Program.RedTeam;
using AiSec.Risk.Acceptance;
using AiSec.Risk.Assessment;
using AiSec.Shared.Assets;
using AiSec.Shared.Audit.Verification;
using AiSec.Shared.Storage;
using AiSec.Shared.Usage;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Program.Metrics;

/// <summary>Reads the program's inputs from every capability's data, through their readers and storage contracts.</summary>
public sealed class ProgramInputsLoader(
    AiSecStorage storage,
    AssetStore assets,
    RiskScores scores,
    RiskAcceptances acceptances,
    IncidentReader incidents,
    RedTeamRecords redTeam,
    GuardrailOverturns overturns,
    AuditStorageVerifier auditVerifier,
    PlaybookCatalog playbooks)
{
    public static readonly TimeSpan CounterWindow = TimeSpan.FromDays(30);

    public async Task<ProgramInputs> LoadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var assetList = assets.ListAsync(cancellationToken);
        var ranked = scores.RankedAsync(cancellationToken);
        var acceptanceList = acceptances.ListAsync(cancellationToken);
        var incidentList = incidents.ListAsync(cancellationToken);
        var engagements = redTeam.EngagementsAsync(cancellationToken);
        var findings = redTeam.FindingsAsync(cancellationToken);
        var counters = LoadCountersAsync(now, cancellationToken);
        var overturnList = overturns.ListAsync(cancellationToken);
        var audit = VerifyAuditAsync(cancellationToken);
        return new ProgramInputs
        {
            Now = now,
            Assets = await assetList,
            Scores = (await ranked).ToDictionary(r => r.AssetId, StringComparer.Ordinal),
            Acceptances = await acceptanceList,
            Incidents = await incidentList,
            Engagements = await engagements,
            Findings = await findings,
            Counters = await counters,
            Overturns = await overturnList,
            Audit = await audit,
            PlaybooksDefined = playbooks.All.Select(p => p.Playbook.Category).Distinct(StringComparer.Ordinal).Count(),
        };
    }

    private async Task<IReadOnlyList<CounterRow>> LoadCountersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = GuardrailCounterKeys.HourKey(now - CounterWindow);
        var filter = TableClient.CreateQueryFilter<TableEntity>(e => e.RowKey.CompareTo(since) >= 0);
        var rows = new List<CounterRow>();
        try
        {
            await foreach (var row in storage.Table(StorageNames.Tables.GuardrailCounters).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                if (!DateTimeOffset.TryParseExact(row.RowKey, GuardrailCounterKeys.HourFormat, CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var hour))
                {
                    continue;
                }

                var counts = row.Keys
                    .Where(k => row[k] is long or int)
                    .ToDictionary(k => k, k => Convert.ToInt64(row[k], CultureInfo.InvariantCulture), StringComparer.Ordinal);
                rows.Add(new CounterRow(GuardrailCounterKeys.AppKey(row.PartitionKey), hour, counts));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No counters table yet: no guardrail traffic.
        }

        return rows;
    }

    /// <summary>Verifies every stream in storage, as <c>aisec audit verify</c> does.</summary>
    private async Task<AuditStatus> VerifyAuditAsync(CancellationToken cancellationToken)
    {
        var result = await auditVerifier.VerifyAsync(null, cancellationToken);
        var vouched = result.Streams.Sum(s => Math.Max(0, Math.Min(s.LastCheckpointSeq, s.LastSeq) - s.FirstSeq + 1));
        var problem = result.Ok ? null : $"stream '{result.Stream}' breaks at seq {result.FirstBadSeq}: {result.Reason}";
        return new AuditStatus(result.Ok, result.Records, vouched, problem);
    }
}

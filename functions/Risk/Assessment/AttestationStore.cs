using System.Text.Json;
using AiSec.Shared.Assets;
using AiSec.Shared.Storage;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Risk.Assessment;

/// <summary>
/// Manual attestations in table <c>riskattestations</c>: PartitionKey = asset row key, RowKey = control. Internal:
/// people attest through <see cref="Admin.RiskAdmin"/>, which validates and audits.
/// </summary>
internal sealed class AttestationStore(AiSecStorage storage)
{
    private const string DocumentColumn = "Document";

    private TableClient Table => storage.Table(StorageNames.Tables.RiskAttestations);

    public Task SaveAsync(Attestation attestation, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(AssetEntity.RowKeyFor(attestation.AssetId), attestation.Control)
        {
            [DocumentColumn] = JsonSerializer.Serialize(attestation),
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<Attestation?> GetAsync(string assetId, string control, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(AssetEntity.RowKeyFor(assetId), control, cancellationToken: cancellationToken);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>All attestations by asset id; read once per assessment run.</summary>
    public async Task<IReadOnlyDictionary<string, List<Attestation>>> LoadAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<Attestation>>(StringComparer.Ordinal);
        try
        {
            await foreach (var row in Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                if (Read(row) is { } attestation)
                {
                    (result.TryGetValue(attestation.AssetId, out var list) ? list : result[attestation.AssetId] = []).Add(attestation);
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No attestations table yet: nothing attested.
        }

        return result;
    }

    private static Attestation? Read(TableEntity row) => JsonSerializer.Deserialize<Attestation>(row.GetString(DocumentColumn) ?? "null");
}

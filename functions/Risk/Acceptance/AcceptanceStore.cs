using AiSec.Shared.Assets;
using AiSec.Shared.Storage;

namespace AiSec.Risk.Acceptance;

/// <summary>
/// Risk acceptances in table <c>riskacceptances</c>: PartitionKey = <see cref="Partition"/>, RowKey = asset row key.
/// Internal: people accept risk through <see cref="Admin.RiskAdmin"/>, which validates and audits.
/// </summary>
internal sealed class AcceptanceStore(AiSecStorage storage)
{
    private const string Partition = "v1";

    private readonly JsonDocumentTable<RiskAcceptance> _table = new(storage.Table(StorageNames.Tables.RiskAcceptances));

    public Task SaveAsync(RiskAcceptance acceptance, CancellationToken cancellationToken) =>
        _table.SaveAsync(Partition, AssetEntity.RowKeyFor(acceptance.AssetId), acceptance, cancellationToken);

    public Task<RiskAcceptance?> GetAsync(string assetId, CancellationToken cancellationToken) =>
        _table.GetAsync(Partition, AssetEntity.RowKeyFor(assetId), cancellationToken);

    public Task<IReadOnlyList<RiskAcceptance>> ListAsync(CancellationToken cancellationToken) => _table.ListAsync(Partition, cancellationToken);
}

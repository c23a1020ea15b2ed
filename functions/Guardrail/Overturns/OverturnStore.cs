using AiSec.Shared.Storage;

namespace AiSec.Guardrail.Overturns;

/// <summary>
/// Overturned decisions in table <c>guardrailoverturns</c>: PartitionKey = <see cref="Partition"/>, RowKey = request id.
/// Internal: decisions are overturned through <see cref="Admin.GuardrailAdmin"/>, which validates and audits.
/// </summary>
internal sealed class OverturnStore(AiSecStorage storage)
{
    private const string Partition = "v1";

    private readonly JsonDocumentTable<GuardrailOverturn> _table = new(storage.Table(StorageNames.Tables.GuardrailOverturns));

    public Task SaveAsync(GuardrailOverturn overturn, CancellationToken cancellationToken) =>
        _table.SaveAsync(Partition, overturn.RequestId, overturn, cancellationToken);

    public Task<GuardrailOverturn?> GetAsync(string requestId, CancellationToken cancellationToken) =>
        _table.GetAsync(Partition, requestId, cancellationToken);

    public Task<IReadOnlyList<GuardrailOverturn>> ListAsync(CancellationToken cancellationToken) => _table.ListAsync(Partition, cancellationToken);
}

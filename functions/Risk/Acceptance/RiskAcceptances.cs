using AiSec.Shared.Storage;

namespace AiSec.Risk.Acceptance;

/// <summary>The recorded risk acceptances, for reading (<see cref="Admin.RiskAdmin"/> writes them).</summary>
public sealed class RiskAcceptances(AiSecStorage storage)
{
    private readonly AcceptanceStore _store = new(storage);

    /// <summary>Every asset's current acceptance, active or expired.</summary>
    public Task<IReadOnlyList<RiskAcceptance>> ListAsync(CancellationToken cancellationToken) => _store.ListAsync(cancellationToken);

    public Task<RiskAcceptance?> ForAssetAsync(string assetId, CancellationToken cancellationToken) => _store.GetAsync(assetId, cancellationToken);
}

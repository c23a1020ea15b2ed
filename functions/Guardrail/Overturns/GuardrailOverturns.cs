using AiSec.Shared.Storage;

namespace AiSec.Guardrail.Overturns;

/// <summary>The overturned decisions, for reading (<see cref="Admin.GuardrailAdmin"/> records them).</summary>
public sealed class GuardrailOverturns(AiSecStorage storage)
{
    private readonly OverturnStore _store = new(storage);

    public Task<IReadOnlyList<GuardrailOverturn>> ListAsync(CancellationToken cancellationToken) => _store.ListAsync(cancellationToken);
}

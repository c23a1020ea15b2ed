using System.Text.Json;
using AiSec.Shared.Assets;

namespace AiSec.Risk.Assessment;

/// <summary>Re-assesses the asset named by a <c>discovery-changes</c> message; the queue trigger of both hosts calls this.</summary>
public sealed class AssetChangeHandler(RiskAssessor assessor)
{
    /// <returns>False for a message that is not an asset change event (it is dropped, not retried forever).</returns>
    public async Task<bool> HandleAsync(string message, CancellationToken cancellationToken)
    {
        AssetChangeEvent? change;
        try
        {
            change = JsonSerializer.Deserialize<AssetChangeEvent>(message);
        }
        catch (JsonException)
        {
            return false;
        }

        if (change is null || string.IsNullOrEmpty(change.AssetId))
        {
            return false;
        }

        await assessor.AssessOneAsync(change.AssetId, cancellationToken);
        return true;
    }
}

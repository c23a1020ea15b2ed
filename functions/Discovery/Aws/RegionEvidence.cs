using System.Text.Json.Nodes;
using AiSec.Shared.Assets;

namespace AiSec.Discovery.Aws;

/// <summary>
/// The controls a region applies to every model in it, written onto each model and throughput asset as evidence:
/// the region's guardrails, whether model invocations are logged, and the endpoint models are invoked through.
/// </summary>
public sealed record RegionEvidence(IReadOnlyList<GuardrailSummary> Guardrails, bool InvocationLogging, string Endpoint)
{
    public void WriteTo(JsonObject properties)
    {
        properties[EvidenceKeys.Guardrails] = new JsonArray([.. Guardrails.Select(g => new JsonObject
        {
            ["id"] = g.Id,
            ["name"] = g.Name,
            ["version"] = g.Version,
        })]);
        properties[EvidenceKeys.InvocationLogging] = InvocationLogging;
        properties[EvidenceKeys.Endpoint] = Endpoint;
    }
}

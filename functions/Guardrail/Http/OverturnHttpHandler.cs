using AiSec.Guardrail.Admin;
using AiSec.Guardrail.Overturns;
using AiSec.Shared.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiSec.Guardrail.Http;

/// <summary>POST /api/guardrail/decisions/{requestId}/overturn with <c>{"overturnedBy", "reason"?}</c>: mark a decision a false positive.</summary>
public sealed class OverturnHttpHandler(GuardrailAdmin admin)
{
    public async Task<Results<Ok<GuardrailOverturn>, ValidationProblem>> OverturnAsync(string requestId, HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var body = await AdminHttp.ReadBodyAsync<OverturnBody>(request, cancellationToken);
            return TypedResults.Ok(await admin.OverturnAsync(new OverturnRequest(requestId, body.OverturnedBy ?? "", body.Reason), Actor.Http(request), cancellationToken));
        }
        catch (InvalidInputException ex)
        {
            return AdminHttp.Problem(ex);
        }
    }

    private sealed record OverturnBody(string? OverturnedBy, string? Reason);
}

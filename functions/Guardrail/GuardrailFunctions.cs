// Azure Functions trigger shells for the guardrail: compiled only by functions/App (ASP.NET Core integration of the
// isolated worker). Each binds an HTTP trigger to one call into the same handler the local host maps.
using AiSec.Guardrail.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace AiSec.Guardrail;

public sealed class GuardrailFunctions(GuardrailHttpHandler handler, OverturnHttpHandler overturns)
{
    // Anonymous at the Functions level: the handler authenticates every call with the per-app x-api-key.
    [Function("GuardrailCheck")]
    public Task<IResult> CheckAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "guardrail/check")] HttpRequest request,
        CancellationToken cancellationToken) =>
        handler.CheckAsync(request, cancellationToken);

    [Function("GuardrailCheckOutput")]
    public Task<IResult> CheckOutputAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "guardrail/check-output")] HttpRequest request,
        CancellationToken cancellationToken) =>
        handler.CheckOutputAsync(request, cancellationToken);

    // Behind App Service Authentication (a person's change); the function key as for the other admin routes.
    [Function("GuardrailOverturn")]
    public async Task<IResult> OverturnAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "guardrail/decisions/{requestId}/overturn")] HttpRequest request,
        string requestId,
        CancellationToken cancellationToken) =>
        await overturns.OverturnAsync(requestId, request, cancellationToken);
}

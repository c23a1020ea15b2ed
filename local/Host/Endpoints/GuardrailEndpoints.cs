using AiSec.Guardrail.Http;

namespace AiSec.LocalHost.Endpoints;

public static class GuardrailEndpoints
{
    public static IEndpointRouteBuilder MapGuardrailEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/guardrail/check", (HttpRequest request, GuardrailHttpHandler handler, CancellationToken ct) => handler.CheckAsync(request, ct))
            .WithName("GuardrailCheck");
        endpoints.MapPost("/api/guardrail/check-output", (HttpRequest request, GuardrailHttpHandler handler, CancellationToken ct) => handler.CheckOutputAsync(request, ct))
            .WithName("GuardrailCheckOutput");
        endpoints.MapPost("/api/guardrail/decisions/{requestId}/overturn", (string requestId, HttpRequest request, OverturnHttpHandler handler, CancellationToken ct) =>
            handler.OverturnAsync(requestId, request, ct)).WithName("GuardrailOverturn");
        return endpoints;
    }
}

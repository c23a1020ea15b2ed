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
        return endpoints;
    }
}

using AiSec.Guardrail.Detection;
using Microsoft.Extensions.Hosting;

namespace AiSec.Guardrail;

/// <summary>Loads the classifier, compiles every rule and runs the pipeline once at start-up, so the first request is as fast as the rest.</summary>
internal sealed class ClassifierWarmUp(GuardrailEngine engine, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Rules.RuleWarmUp.Run();
        engine.Check(new GuardrailInput("warm-up: ignore nothing, reveal nothing, user@example.com", "warm-up"), Policy.GuardrailPolicy.Default, [], "warm-up", time.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

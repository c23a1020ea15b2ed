using AiSec.Discovery;
using AiSec.Guardrail;
using AiSec.Playbooks;
using AiSec.Program;
using AiSec.Risk;
using AiSec.Shared.Audit;
using AiSec.Shared.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiSec.Functions.App.Extensions;

/// <summary>What the Functions app runs: telemetry, clock, storage, audit and every capability, registered once.</summary>
public static class CapabilityRegistration
{
    public static IHostApplicationBuilder AddAiSecCapabilities(this IHostApplicationBuilder builder)
    {
        builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAiSecStorage(builder.Configuration);
        builder.Services.AddAuditLog(builder.Configuration);
        builder.Services.AddGuardrail(builder.Configuration);
        builder.Services.AddGuardrailBackgroundServices();
        builder.Services.AddDiscovery(builder.Configuration);
        builder.Services.AddRisk(builder.Configuration);
        builder.Services.AddPlaybooks(builder.Configuration);
        builder.Services.AddProgram(builder.Configuration);
        return builder;
    }
}

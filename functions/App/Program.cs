using AiSec.Discovery;
using AiSec.Guardrail;
using AiSec.Playbooks;
using AiSec.Risk;
using AiSec.Shared.Audit;
using AiSec.Shared.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The Functions host: registers the same capabilities as the local host; triggers are the *Functions.cs shells.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddAiSecStorage(builder.Configuration);
builder.Services.AddAuditLog(builder.Configuration);
builder.Services.AddGuardrail(builder.Configuration);
builder.Services.AddGuardrailBackgroundServices();
builder.Services.AddDiscovery(builder.Configuration);
builder.Services.AddRisk(builder.Configuration);
builder.Services.AddPlaybooks(builder.Configuration);
builder.Build().Run();

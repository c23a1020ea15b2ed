using AiSec.Guardrail;
using AiSec.LocalHost.Durable;
using AiSec.Playbooks;
using AiSec.LocalHost.Extensions;
using AiSec.LocalHost.Queues;
using AiSec.LocalHost.Telemetry;
using AiSec.LocalHost.Timers;

namespace AiSec.LocalHost;

/// <summary>
/// The local host: the same capabilities the Functions app runs, on one machine. ASP.NET Core on
/// http://127.0.0.1:7071 (the Functions host's port) with the HTTP routes, cron timers and storage set-up.
/// </summary>
public static class LocalHostApp
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static WebApplicationBuilder CreateBuilder(string[] args, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Host:MaxRequestBodyBytes", 1L << 20));
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures throw in every environment, so the handler above answers them the same way everywhere.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddLocalCore(builder.Configuration);
        builder.Services.AddAiSecTelemetry(builder.Configuration);
        builder.Services.AddCronTimers();
        builder.Services.AddQueueTriggers();
        builder.Services.AddDurableEngine(builder.Configuration, PlaybooksServiceCollectionExtensions.RegisterTasks, runWorker: true);
        builder.Services.AddGuardrailBackgroundServices();
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapCapabilityEndpoints();
        return app;
    }
}

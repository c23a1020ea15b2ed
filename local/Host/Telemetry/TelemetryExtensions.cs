using AiSec.Shared.Telemetry;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AiSec.LocalHost.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces and metrics for the AiSec source and ASP.NET Core / HttpClient. Exporters by configuration:
    /// <c>Telemetry:Console=true</c> locally, <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> for App Insights,
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> for any OTLP collector.
    /// </summary>
    public static IServiceCollection AddAiSecTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var console = configuration.GetValue<bool>("Telemetry:Console");
        var appInsights = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var otlp = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("aisec-local"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(AiSecTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (console)
                {
                    tracing.AddConsoleExporter();
                }

                if (!string.IsNullOrEmpty(appInsights))
                {
                    tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = appInsights);
                }

                if (!string.IsNullOrEmpty(otlp))
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(AiSecTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                if (console)
                {
                    metrics.AddConsoleExporter();
                }

                if (!string.IsNullOrEmpty(appInsights))
                {
                    metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = appInsights);
                }

                if (!string.IsNullOrEmpty(otlp))
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}

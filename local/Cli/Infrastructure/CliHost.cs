using AiSec.LocalHost.Durable;
using AiSec.LocalHost.Emulator;
using AiSec.LocalHost.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace AiSec.Cli.Infrastructure;

/// <summary>
/// The services a CLI command runs on: the same core as the local host (no web server, no timers), on configured
/// storage or the embedded Azurite, started for the command and stopped (flushing the audit log) after it.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly EmbeddedStorage _storage;

    private CliHost(IHost host, EmbeddedStorage storage)
    {
        _host = host;
        _storage = storage;
    }

    public IServiceProvider Services => _host.Services;

    public string StorageDescription => _storage.Description;

    public static IConfigurationRoot LoadConfiguration() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <param name="durable">
    /// Also a Durable Task client (for commands that start or signal incidents' orchestrations): the gRPC sidecar in
    /// API-only mode over the same task hub, so the running host's worker picks the work up.
    /// </param>
    public static async Task<CliHost> StartAsync(CancellationToken cancellationToken, IEnumerable<KeyValuePair<string, string?>>? overrides = null, bool durable = false)
    {
        var configuration = LoadConfiguration();
        var storage = await EmbeddedStorage.ResolveAsync(configuration, CommandDescription(), cancellationToken);
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                ContentRootPath = AppContext.BaseDirectory,
                Args = [],
            });
            builder.Configuration.AddInMemoryCollection(storage.AsConfiguration());
            if (overrides is not null)
            {
                builder.Configuration.AddInMemoryCollection(overrides);
            }

            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o =>
            {
                o.LogToStandardErrorThreshold = LogLevel.Trace;
                o.FormatterName = CliLogFormatter.FormatterName;
            });
            builder.Logging.AddConsoleFormatter<CliLogFormatter, ConsoleFormatterOptions>();
            // A command's stdout is its result: only warnings reach stderr, whatever appsettings.json says for the
            // host, and Azure SDK request warnings (e.g. "409 already exists" on idempotent creates) stay silent.
            builder.Services.Configure<LoggerFilterOptions>(o =>
            {
                o.Rules.Clear();
                o.MinLevel = LogLevel.Warning;
                o.Rules.Add(new LoggerFilterRule(null, "Azure", LogLevel.Error, null));
            });
            builder.Services.AddLocalCore(builder.Configuration);
            if (durable)
            {
                builder.Services.AddDurableEngine(builder.Configuration, _ => { }, runWorker: false);
            }

            var host = builder.Build();
            // A command needs its storage now: fail with the reason instead of waiting for background retries.
            await host.Services.GetRequiredService<AiSec.Shared.Storage.AiSecStorage>().EnsureCreatedAsync(cancellationToken);
            await host.StartAsync(cancellationToken);
            return new CliHost(host, storage);
        }
        catch
        {
            await storage.DisposeAsync();
            throw;
        }
    }

    /// <summary>"aisec guard keys create": the command words of this process, for <c>aisec storage status</c>.</summary>
    private static string CommandDescription() =>
        string.Join(' ', ["aisec", .. Environment.GetCommandLineArgs().Skip(1).TakeWhile(a => !a.StartsWith('-')).Take(3)]);

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await _host.StopAsync(stopping.Token);
        }

        _host.Dispose();
        await _storage.DisposeAsync();
    }
}

using System.Net;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Options;

namespace AiSec.LocalHost.Durable;

/// <summary>
/// Durable Task's own gRPC sidecar server (<see cref="TaskHubGrpcServer"/>, from Microsoft.DurableTask.InProcessTestHost)
/// in front of the Azure Storage backend, served by Kestrel over HTTP/2 on a loopback port. The Durable Task worker
/// and client of this process connect to it exactly as they would to a remote sidecar. It runs in its own small web
/// application so it serves the same way under the local host, a CLI command or a test server.
/// </summary>
public sealed partial class DurableSidecar(
    IOrchestrationService backend,
    IOrchestrationServiceClient backendClient,
    IOptions<DurableEngineOptions> options,
    ILoggerFactory loggers,
    ILogger<DurableSidecar> logger) : IHostedService, IAsyncDisposable
{
    private readonly Lazy<int> _port = new(() => options.Value.SidecarPort > 0 ? options.Value.SidecarPort : LoopbackPort.Free());
    private WebApplication? _server;
    private GrpcChannel? _channel;

    public Uri Address => new($"http://127.0.0.1:{_port.Value}");

    /// <summary>The channel the worker and client share (created on first use, before the server starts answering).</summary>
    public GrpcChannel Channel => _channel ??= GrpcChannel.ForAddress(Address);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await CreateTaskHubAsync(cancellationToken);
        var builder = WebApplication.CreateSlimBuilder();
        // The sidecar logs through this process's loggers, without announcing a second application start.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        builder.WebHost.UseSetting(WebHostDefaults.SuppressStatusMessagesKey, "true");
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _port.Value, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(backend);
        builder.Services.AddSingleton(backendClient);
        builder.Services.Configure<TaskHubGrpcServerOptions>(o =>
            o.Mode = options.Value.RunWorker ? TaskHubGrpcServerMode.ApiServerAndDispatcher : TaskHubGrpcServerMode.ApiServerOnly);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        _server = builder.Build();
        _server.MapGrpcService<TaskHubGrpcServer>();
        await _server.StartAsync(cancellationToken);
        LogStarted(logger, Address, options.Value.RunWorker);
    }

    /// <summary>
    /// The task hub's queues, tables and containers, before anyone schedules into them. Storage that is not reachable
    /// yet does not stop the host: the backend creates them when its dispatchers start.
    /// </summary>
    private async Task CreateTaskHubAsync(CancellationToken cancellationToken)
    {
        try
        {
            await backend.CreateIfNotExistsAsync().WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTaskHubNotCreated(logger, ex);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }


    [LoggerMessage(EventId = 701, Level = LogLevel.Warning, Message = "The Durable task hub could not be created yet; the backend retries when it starts")]
    private static partial void LogTaskHubNotCreated(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Durable Task sidecar on {Address} (dispatching orchestrations: {RunsWorker})")]
    private static partial void LogStarted(ILogger logger, Uri address, bool runsWorker);
}

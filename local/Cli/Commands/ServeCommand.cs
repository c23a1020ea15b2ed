using Microsoft.Extensions.Hosting;
using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using AiSec.Cli.Infrastructure;
using AiSec.LocalHost;
using AiSec.LocalHost.Emulator;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec serve</c>: the local host on http://127.0.0.1:7071 with the embedded storage when none is configured.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Address to listen on.",
            DefaultValueFactory = _ => LocalHostApp.DefaultUrl,
        };
        var command = new Command("serve", "Run the local host: HTTP endpoints, timers and storage on one machine.") { urls };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            var address = ParseAddress(parse.GetValue(urls)!);
            EnsurePortIsFree(address);

            var configuration = CliHost.LoadConfiguration();
            await using var storage = await EmbeddedStorage.ResolveAsync(configuration, $"aisec serve ({address})", cancellationToken);
            CliOutput.Info($"storage: {storage.Description}");
            var overrides = storage.AsConfiguration().Append(new("urls", address.ToString().TrimEnd('/')));
            var app = LocalHostApp.Build(LocalHostApp.CreateBuilder([], overrides));
            try
            {
                await app.StartAsync(cancellationToken);
                CliOutput.Info($"listening on {address} (Ctrl+C to stop)");
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (IOException ex) when (ex.InnerException is SocketException or null)
            {
                throw new CliFailureException($"cannot listen on {address}: {ex.Message} (is another 'aisec serve' running?)");
            }
            finally
            {
                await app.DisposeAsync();
            }

            return ExitCodes.Success;
        });
    }

    private static Uri ParseAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Port > 0
            ? uri
            : throw new CliUsageException($"--urls '{value}' is not an http(s) address with a port, such as http://127.0.0.1:7071");

    /// <summary>Fails fast with a clear message rather than starting storage for a host that cannot bind.</summary>
    private static void EnsurePortIsFree(Uri address)
    {
        var ip = address.Host is "localhost" ? IPAddress.Loopback : IPAddress.TryParse(address.Host, out var parsed) ? parsed : IPAddress.Any;
        try
        {
            using var probe = new TcpListener(ip, address.Port);
            probe.Start();
        }
        catch (SocketException)
        {
            throw new CliFailureException($"port {address.Port} is already in use at {address.Host} (is another 'aisec serve' running?)");
        }
    }
}

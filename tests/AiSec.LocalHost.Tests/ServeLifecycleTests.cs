using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AiSec.LocalHost;
using AiSec.Testing;

namespace AiSec.LocalHost.Tests;

/// <summary>`aisec serve` as users run it: embedded Azurite, health, port conflicts, no orphan after a kill.</summary>
public sealed partial class ServeLifecycleTests
{
    [Fact]
    public async Task Serve_starts_embedded_storage_and_a_killed_host_leaves_no_orphan_azurite()
    {
        var port = LoopbackPort.Free();
        using var serve = StartServe(port);
        var azuritePid = await WaitForAzuritePidAsync(serve);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var health = await PollHealthAsync(http, port);
        Assert.Contains("\"storage\":{\"status\":\"healthy\"", health, StringComparison.Ordinal);

        serve.Kill(entireProcessTree: false); // SIGKILL: no chance to clean up
        await serve.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(await WaitUntilAsync(() => !AiSec.LocalHost.Emulator.ProcessSignals.IsAlive(azuritePid), TimeSpan.FromSeconds(30)), $"Azurite (pid {azuritePid}) outlived its host");
    }

    [Fact]
    public async Task A_second_serve_on_a_busy_port_fails_fast_with_a_clear_message()
    {
        var port = LoopbackPort.Free();
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();

        var result = await CliRunner.RunAsync(["serve", "--urls", $"http://127.0.0.1:{port}"], InMemoryEmulator, timeout: TimeSpan.FromSeconds(60), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already in use", result.StdErr, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, string?> InMemoryEmulator = new() { ["Storage:Emulator:DataPath"] = "" };

    private static Process StartServe(int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(CliRunner.CliDll);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["AISEC_REPO_ROOT"] = RepositoryPaths.Root;
        start.Environment["Storage__Emulator__DataPath"] = "";
        start.Environment.Remove("Storage__ConnectionString");
        return Process.Start(start)!;
    }

    private static async Task<int> WaitForAzuritePidAsync(Process serve)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            var line = await serve.StandardError.ReadLineAsync(TestContext.Current.CancellationToken)
                ?? throw new InvalidOperationException("aisec serve exited before reporting its storage");
            if (AzuritePid().Match(line) is { Success: true } match)
            {
                _ = serve.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
                _ = serve.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new TimeoutException("aisec serve did not report its storage");
    }

    private static async Task<string> PollHealthAsync(HttpClient http, int port)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                return await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/api/health"), TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }

        throw new TimeoutException("the host never answered /api/health");
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        return condition();
    }


    [GeneratedRegex(@"storage: Azurite \(pid (\d+)")]
    private static partial Regex AzuritePid();
}

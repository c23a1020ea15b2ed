using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AiSec.LocalHost;
using AiSec.LocalHost.Emulator;
using AiSec.Testing;

namespace AiSec.Bench;

/// <summary>
/// The real local host (`aisec serve`, a separate process) under load from this process over loopback: the most
/// requests per second at fixed concurrency, then latency at a fixed 1,000 requests per second, and the host's RSS.
/// Each phase is bounded in time.
/// </summary>
public sealed class GuardrailHttpBenchmark : IBenchmark
{
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(10);

    public string Name => "guardrail-http";

    public string Description => "POST /api/guardrail/check on the local host: max req/s, p99 at 1,000 req/s, host RSS";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var connection = await context.StorageConnectionStringAsync(cancellationToken);
        await AllowUnlimitedRateAsync(connection, cancellationToken);
        var port = LoopbackPort.Free();
        using var host = StartHost(connection, port);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            await WaitForHealthAsync(http, cancellationToken);
            var body = System.Text.Json.JsonSerializer.Serialize(new { text = GuardrailPipelineBenchmark.Prompt()[..500], app = "bench" });
            // The prompt holds an e-mail address, so every request is redacted, audited and counted in storage; most
            // traffic is allowed and writes nothing, so that path is measured on its own too.
            var allowed = System.Text.Json.JsonSerializer.Serialize(new { text = GuardrailPipelineBenchmark.Prompt()[..500].Replace("jane.doe@example.com", "the finance team", StringComparison.Ordinal), app = "bench" });

            // Warm-up long enough for tiered JIT to settle on both bodies; shorter, the first phase measured the JIT.
            await RunClosedLoopAsync(http, allowed, 64, TimeSpan.FromSeconds(6), cancellationToken);
            await RunClosedLoopAsync(http, body, 64, TimeSpan.FromSeconds(6), cancellationToken);

            foreach (var concurrency in new[] { 16, 64 })
            {
                var (count, latencies, errors) = await RunClosedLoopAsync(http, body, concurrency, Phase, cancellationToken);
                BenchContext.Report(Name, $"max_throughput_c{concurrency}", count / Phase.TotalSeconds, "req/s");
                BenchContext.Report(Name, $"p99_at_max_c{concurrency}", Latency.Percentile(latencies, 0.99), "ms");
                BenchContext.Report(Name, $"errors_c{concurrency}", errors, "");
            }

            var (sent, fixedRate, fixedErrors) = await RunFixedRateAsync(http, body, 1_000, Phase, cancellationToken);
            BenchContext.Report(Name, "fixed_rate_sent", sent / Phase.TotalSeconds, "req/s");
            BenchContext.Report(Name, "p50_at_1000rps", Latency.Percentile(fixedRate, 0.50), "ms");
            BenchContext.Report(Name, "p99_at_1000rps", Latency.Percentile(fixedRate, 0.99), "ms");
            BenchContext.Report(Name, "errors_at_1000rps", fixedErrors, "");

            var (allowedCount, _, allowedErrors) = await RunClosedLoopAsync(http, allowed, 64, Phase, cancellationToken);
            BenchContext.Report(Name, "max_throughput_c64_allowed", allowedCount / Phase.TotalSeconds, "req/s");
            BenchContext.Report(Name, "errors_c64_allowed", allowedErrors, "");
            var (_, allowedFixed, allowedFixedErrors) = await RunFixedRateAsync(http, allowed, 1_000, Phase, cancellationToken);
            BenchContext.Report(Name, "p50_at_1000rps_allowed", Latency.Percentile(allowedFixed, 0.50), "ms");
            BenchContext.Report(Name, "p99_at_1000rps_allowed", Latency.Percentile(allowedFixed, 0.99), "ms");
            BenchContext.Report(Name, "errors_at_1000rps_allowed", allowedFixedErrors, "");
            BenchContext.Report(Name, "host_rss", RssMegabytes(host.Id), "MB");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// The default policy limits each app to 1,000 req/s; the benchmark measures the host, not the limiter. Set the
    /// way a person would, through the CLI, so it is validated and audited like any policy change.
    /// </summary>
    private static async Task AllowUnlimitedRateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var policy = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(policy, """{"requestsPerSecond": 0}""", cancellationToken);
            var set = await CliRunner.RunAsync(
                ["guard", "policy", "set", "--app", "bench", "--file", policy],
                new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString },
                cancellationToken: cancellationToken);
            if (set.ExitCode != 0)
            {
                throw new InvalidOperationException($"could not set the bench policy: {set.StdErr.Trim()}");
            }
        }
        finally
        {
            File.Delete(policy);
        }
    }

    private static Process StartHost(string connectionString, int port)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aisec.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["AISEC_REPO_ROOT"] = RepositoryRoot.Require();
        start.Environment["Storage__ConnectionString"] = connectionString;
        start.Environment["Guardrail__DevMode"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(int Count, List<double> Latencies, int Errors)> RunClosedLoopAsync(
        HttpClient http, string body, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        var count = 0;
        var errors = 0;
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var local = new List<double>();
            while (deadline.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var (ok, ms) = await SendAsync(http, body, cancellationToken);
                local.Add(ms);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }

            lock (latencies)
            {
                latencies.AddRange(local);
                count += local.Count;
            }
        }));
        return (count, latencies, errors);
    }

    private static async Task<(int Sent, List<double> Latencies, int Errors)> RunFixedRateAsync(
        HttpClient http, string body, int perSecond, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        var errors = 0;
        var inflight = new List<Task>();
        var total = (int)(perSecond * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total && !cancellationToken.IsCancellationRequested; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            inflight.Add(Task.Run(async () =>
            {
                var (ok, ms) = await SendAsync(http, body, cancellationToken);
                lock (latencies)
                {
                    latencies.Add(ms);
                    errors += ok ? 0 : 1;
                }
            }, cancellationToken));
        }

        await Task.WhenAll(inflight);
        return (total, latencies, errors);
    }

    private static async Task<(bool Ok, double Ms)> SendAsync(HttpClient http, string body, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri("/api/guardrail/check", UriKind.Relative), content, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return (response.StatusCode == HttpStatusCode.OK, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return (false, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    private static async Task WaitForHealthAsync(HttpClient http, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/api/health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException("the local host did not become healthy");
    }

    private static double RssMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

}

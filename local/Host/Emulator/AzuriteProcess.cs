using System.Diagnostics;

namespace AiSec.LocalHost.Emulator;

/// <summary>
/// One running Azurite: started on loopback, health-checked before use, stopped on dispose. A watched instance also
/// stops by itself when this process dies (see tools/azurite/run.js), so a killed host leaves no orphan.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AzuriteProcess(Process process, AzuriteEndpoints endpoints, string? dataPath)
    {
        _process = process;
        Endpoints = endpoints;
        DataPath = dataPath;
    }

    public AzuriteEndpoints Endpoints { get; }

    public string? DataPath { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <param name="dataPath">Folder for persisted data, or null to keep everything in memory (tests).</param>
    /// <param name="detachedLog">
    /// Null: the emulator belongs to this process and stops when it exits, however it exits. A path: the emulator
    /// runs on in its own session, writing to that file, and <paramref name="environment"/> tells tools/azurite/run.js
    /// when to stop (see <see cref="SharedAzurite"/>).
    /// </param>
    public static async Task<AzuriteProcess> StartAsync(
        string repositoryRoot,
        string? dataPath,
        int blobPort,
        string? detachedLog,
        TimeSpan startTimeout,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var tool = await AzuriteInstaller.EnsureInstalledAsync(repositoryRoot, cancellationToken);
        var endpoints = AzuriteEndpoints.Choose(blobPort);
        var node = new List<string> { "node", Path.Combine(tool, "run.js") };
        node.AddRange(Arguments(endpoints, dataPath));
        var start = detachedLog is null ? Owned(node) : Detached(node, detachedLog);
        start.WorkingDirectory = tool;
        start.UseShellExecute = false;
        start.Environment["AISEC_PARENT_PID"] = detachedLog is null ? Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (dataPath is not null)
        {
            Directory.CreateDirectory(dataPath);
        }

        var process = Process.Start(start) ?? throw new EmulatorException("Could not start node for Azurite.");
        var output = new System.Text.StringBuilder();
        if (detachedLog is null)
        {
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        var azurite = new AzuriteProcess(process, endpoints, dataPath);
        try
        {
            await azurite.WaitUntilHealthyAsync(startTimeout, () => detachedLog is null ? output.ToString() : LogTail(detachedLog), cancellationToken);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        return azurite;
    }

    /// <summary>True when every service answers HTTP (any status: an answer means the server is up).</summary>
    public static async Task<bool> IsHealthyAsync(AzuriteEndpoints endpoints, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            foreach (var port in new[] { endpoints.BlobPort, endpoints.QueuePort, endpoints.TablePort })
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/devstoreaccount1?comp=list"), cancellationToken);
            }

            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM lets Azurite flush its metadata store; kill only if it does not go in time.
            ProcessSignals.Terminate(_process.Id);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    /// <summary>Detaches from this process: its own session, output to a log file, nothing tied to our pipes.</summary>
    public void Detach() => _process.Dispose();

    private static ProcessStartInfo Owned(List<string> command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static ProcessStartInfo Detached(List<string> command, string log)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(log))!);
        // setsid gives the emulator its own session so the terminal's Ctrl+C for a later command does not reach it;
        // exec keeps the process id, so the recorded pid is the emulator's.
        var start = new ProcessStartInfo("setsid");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" >>\"$AISEC_AZURITE_LOG\" 2>&1");
        start.ArgumentList.Add("azurite");
        foreach (var arg in command)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["AISEC_AZURITE_LOG"] = log;
        return start;
    }

    private static IEnumerable<string> Arguments(AzuriteEndpoints endpoints, string? dataPath)
    {
        yield return "--blobHost";
        yield return "127.0.0.1";
        yield return "--blobPort";
        yield return endpoints.BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--queueHost";
        yield return "127.0.0.1";
        yield return "--queuePort";
        yield return endpoints.QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--tableHost";
        yield return "127.0.0.1";
        yield return "--tablePort";
        yield return endpoints.TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The SDKs here may be newer than the emulator's API version table; the wire format is compatible.
        yield return "--skipApiVersionCheck";
        yield return "--disableProductStyleUrl";
        yield return "--silent";
        if (dataPath is null)
        {
            yield return "--inMemoryPersistence";
        }
        else
        {
            yield return "--location";
            yield return dataPath;
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, Func<string> output, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new EmulatorException($"Azurite exited with code {_process.ExitCode} while starting: {output().Trim()}");
            }

            if (await IsHealthyAsync(Endpoints, cancellationToken))
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new EmulatorException($"Azurite did not answer within {timeout.TotalSeconds:0} s: {output().Trim()}");
    }

    private static string LogTail(string log)
    {
        try
        {
            var text = File.ReadAllText(log);
            return text.Length <= 4096 ? text : text[^4096..];
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < 8192)
            {
                output.AppendLine(line);
            }
        }
    }
}

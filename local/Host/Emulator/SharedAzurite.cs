namespace AiSec.LocalHost.Emulator;

/// <summary>
/// One Azurite per data folder, shared by every local process (the host, CLI commands, <c>storage start</c>): a process
/// reuses the running emulator or starts it, under the folder's lock, and holds it through an
/// <see cref="EmulatorLease"/>. The emulator stops by itself once no live process holds it (tools/azurite/run.js),
/// unless it was started persistent. Nothing ever starts a second emulator on a folder whose first is still alive.
/// </summary>
public static class SharedAzurite
{
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    public static async Task<EmulatorLease> AttachAsync(
        string repositoryRoot, AzuriteOptions options, string dataPath, string client, bool persistent, CancellationToken cancellationToken)
    {
        var folder = new EmulatorFolder(dataPath);
        using var gate = await FolderLock.AcquireAsync(folder.LockFile, options.StartTimeout + SettleTimeout, cancellationToken);
        Directory.CreateDirectory(folder.HoldersDirectory);
        // The holder file comes before the record is read: an emulator deciding to stop looks for holders once more
        // after leaving its stopping marker, so it either sees us or we see its marker.
        var holder = folder.HolderFile(Environment.ProcessId);
        await File.WriteAllTextAsync(holder, client, cancellationToken);
        try
        {
            var running = await SettleAsync(folder, cancellationToken);
            if (running is null)
            {
                var started = await StartAsync(repositoryRoot, options, folder, client, persistent, cancellationToken);
                return new EmulatorLease(folder, started, StartedHere: true);
            }

            if (persistent && !running.Persistent)
            {
                running = running with { Persistent = true };
                running.Write(folder.RecordFile);
            }

            return new EmulatorLease(folder, running, StartedHere: false);
        }
        catch
        {
            EmulatorFolder.TryDelete(holder);
            throw;
        }
    }

    /// <summary>The live emulator of a folder with the processes using it, or null (stale traces are cleaned up).</summary>
    public static async Task<(EmulatorInstance Instance, IReadOnlyList<EmulatorHolder> Holders)?> FindAsync(string dataPath, CancellationToken cancellationToken)
    {
        var folder = new EmulatorFolder(dataPath);
        using var gate = await FolderLock.AcquireAsync(folder.LockFile, SettleTimeout, cancellationToken);
        var running = await SettleAsync(folder, cancellationToken);
        return running is null ? null : (running, folder.LiveHolders());
    }

    /// <summary>Stops the folder's emulator whoever uses it; returns what was stopped and who was still using it.</summary>
    public static async Task<(EmulatorInstance Instance, IReadOnlyList<EmulatorHolder> Holders)?> StopAsync(string dataPath, CancellationToken cancellationToken)
    {
        var folder = new EmulatorFolder(dataPath);
        using var gate = await FolderLock.AcquireAsync(folder.LockFile, SettleTimeout, cancellationToken);
        var running = EmulatorInstance.Read(folder.RecordFile);
        if (running is null || !ProcessSignals.IsAlive(running.Pid))
        {
            folder.ClearStale();
            return null;
        }

        var holders = folder.LiveHolders();
        ProcessSignals.Terminate(running.Pid);
        for (var i = 0; i < 100 && ProcessSignals.IsAlive(running.Pid); i++)
        {
            await Task.Delay(100, cancellationToken);
        }

        if (ProcessSignals.IsAlive(running.Pid))
        {
            ProcessSignals.Kill(running.Pid);
        }

        folder.ClearStale();
        return (running, holders);
    }

    /// <summary>
    /// The folder's emulator once it is in a steady state: alive and answering (reuse it), or gone (start one). One
    /// that is stopping is waited for, never joined or doubled.
    /// </summary>
    private static async Task<EmulatorInstance?> SettleAsync(EmulatorFolder folder, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var running = EmulatorInstance.Read(folder.RecordFile);
            if (running is null || !ProcessSignals.IsAlive(running.Pid))
            {
                folder.ClearStale();
                return null;
            }

            if (!File.Exists(folder.StoppingMarker) && await AzuriteProcess.IsHealthyAsync(running.Endpoints, cancellationToken))
            {
                return running;
            }

            if (waited.Elapsed > SettleTimeout)
            {
                throw new EmulatorException(
                    $"Azurite (pid {running.Pid}) holds {folder.DataPath} but has not answered for {SettleTimeout.TotalSeconds:0} s; stop it with 'aisec storage stop'.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static async Task<EmulatorInstance> StartAsync(
        string repositoryRoot, AzuriteOptions options, EmulatorFolder folder, string client, bool persistent, CancellationToken cancellationToken)
    {
        var watch = new Dictionary<string, string>
        {
            ["AISEC_EMULATOR_RECORD"] = folder.RecordFile,
            ["AISEC_EMULATOR_HOLDERS"] = folder.HoldersDirectory,
            ["AISEC_EMULATOR_STOPPING"] = folder.StoppingMarker,
        };
        var process = await AzuriteProcess.StartAsync(
            repositoryRoot, folder.DataPath, options.BlobPort, folder.LogFile, options.StartTimeout, cancellationToken, watch);
        var instance = new EmulatorInstance(
            process.ProcessId, process.Endpoints.BlobPort, process.Endpoints.QueuePort, process.Endpoints.TablePort, folder.DataPath,
            client, Environment.ProcessId, TimeProvider.System.GetUtcNow(), persistent);
        process.Detach();
        instance.Write(folder.RecordFile);
        return instance;
    }
}

/// <summary>This process's hold on a shared emulator; disposing it lets the emulator stop once nobody else holds it.</summary>
public sealed record EmulatorLease(EmulatorFolder Folder, EmulatorInstance Instance, bool StartedHere) : IDisposable
{
    public void Dispose() => EmulatorFolder.TryDelete(Folder.HolderFile(Environment.ProcessId));
}

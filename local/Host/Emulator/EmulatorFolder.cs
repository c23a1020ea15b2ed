namespace AiSec.LocalHost.Emulator;

/// <summary>
/// The files that coordinate every local process using one Azurite data folder, all beside the folder:
/// the discovery record (<c>{data}.json</c>), a lock that serializes "reuse or start" (<c>{data}.lock</c>), one file
/// per process that uses the emulator (<c>{data}.holders/{pid}</c>), the marker the emulator leaves while it decides
/// to stop (<c>{data}.stopping</c>, see tools/azurite/run.js) and its log (<c>{data}.log</c>).
/// </summary>
public sealed record EmulatorFolder(string DataPath)
{
    public string RecordFile => DataPath + ".json";

    public string LockFile => DataPath + ".lock";

    public string HoldersDirectory => DataPath + ".holders";

    public string StoppingMarker => DataPath + ".stopping";

    public string LogFile => DataPath + ".log";

    public string HolderFile(int processId) => Path.Combine(HoldersDirectory, processId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Processes alive and holding the emulator, with what each one is; stale holder files are removed.</summary>
    public IReadOnlyList<EmulatorHolder> LiveHolders()
    {
        if (!Directory.Exists(HoldersDirectory))
        {
            return [];
        }

        var holders = new List<EmulatorHolder>();
        foreach (var file in Directory.EnumerateFiles(HoldersDirectory))
        {
            if (!int.TryParse(Path.GetFileName(file), out var pid) || !ProcessSignals.IsAlive(pid))
            {
                TryDelete(file);
                continue;
            }

            holders.Add(new EmulatorHolder(pid, ReadText(file)));
        }

        return holders;
    }

    /// <summary>Removes every trace of an emulator whose process is gone.</summary>
    public void ClearStale()
    {
        TryDelete(RecordFile);
        TryDelete(StoppingMarker);
        _ = LiveHolders();
    }

    internal static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Another process removed or holds it; the next reader cleans up.
        }
    }

    private static string ReadText(string file)
    {
        try
        {
            return File.ReadAllText(file).Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }
}

/// <summary>A process using a shared emulator.</summary>
public sealed record EmulatorHolder(int Pid, string Description);

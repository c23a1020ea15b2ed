using System.Text.Json;

namespace AiSec.LocalHost.Emulator;

/// <summary>
/// The Azurite that <c>aisec storage start</c> leaves running in the background, recorded in
/// <c>.aisec/azurite.json</c> so later commands and <c>aisec serve</c> reuse it and <c>storage stop</c> ends it.
/// </summary>
public sealed record DetachedAzurite(int ProcessId, int BlobPort, int QueuePort, int TablePort, string DataPath)
{
    public AzuriteEndpoints Endpoints => new(BlobPort, QueuePort, TablePort);

    public static string StateFile(string repositoryRoot) => Path.Combine(RepositoryRoot.StateDirectory(repositoryRoot), "azurite.json");

    public static DetachedAzurite? Read(string repositoryRoot)
    {
        var file = StateFile(repositoryRoot);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DetachedAzurite>(File.ReadAllText(file));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The recorded instance if its process is still alive and answering; stale records are removed.</summary>
    public static async Task<DetachedAzurite?> FindRunningAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var state = Read(repositoryRoot);
        if (state is null)
        {
            return null;
        }

        if (ProcessSignals.IsAlive(state.ProcessId) && await AzuriteProcess.IsHealthyAsync(state.Endpoints, cancellationToken))
        {
            return state;
        }

        File.Delete(StateFile(repositoryRoot));
        return null;
    }

    public void Write(string repositoryRoot)
    {
        var file = StateFile(repositoryRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, JsonSerializer.Serialize(this));
    }

    public async Task StopAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        if (ProcessSignals.IsAlive(ProcessId))
        {
            ProcessSignals.Terminate(ProcessId);
            for (var i = 0; i < 100 && ProcessSignals.IsAlive(ProcessId); i++)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        File.Delete(StateFile(repositoryRoot));
    }
}

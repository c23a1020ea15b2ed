using AiSec.Shared.Storage;
using Microsoft.Extensions.Configuration;

namespace AiSec.LocalHost.Emulator;

/// <summary>
/// Decides where a local process's storage is: configured Azure Storage (nothing started), the one shared Azurite of
/// the configured data folder (reused, or started and shared, see <see cref="SharedAzurite"/>), or, with no data
/// folder, an in-memory Azurite owned by this process for as long as it runs.
/// </summary>
public sealed class EmbeddedStorage : IAsyncDisposable
{
    private readonly IDisposable? _lease;
    private AzuriteProcess? _owned;

    private EmbeddedStorage(string? connectionString, string description, IDisposable? lease, AzuriteProcess? owned)
    {
        ConnectionString = connectionString;
        Description = description;
        _lease = lease;
        _owned = owned;
    }

    /// <summary>The connection string to inject, or null when configuration already names the storage.</summary>
    public string? ConnectionString { get; }

    public string Description { get; }

    /// <param name="client">What this process is (e.g. <c>aisec serve</c>), shown by <c>aisec storage status</c>.</param>
    public static async Task<EmbeddedStorage> ResolveAsync(IConfiguration configuration, string client, CancellationToken cancellationToken)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.IsConfigured)
        {
            return new EmbeddedStorage(null, storage.AccountUri?.ToString() ?? "configured connection string", null, null);
        }

        var emulator = configuration.GetSection(AzuriteOptions.SectionName).Get<AzuriteOptions>() ?? new AzuriteOptions();
        if (!emulator.Enabled)
        {
            throw new EmulatorException(
                "No storage is configured and Storage:Emulator:Enabled is false: set Storage:ConnectionString or Storage:AccountUri.");
        }

        var root = RepositoryRoot.Require();
        if (emulator.ResolveDataPath(root) is not { } dataPath)
        {
            var owned = await AzuriteProcess.StartAsync(root, null, emulator.BlobPort, detachedLog: null, emulator.StartTimeout, cancellationToken);
            return new EmbeddedStorage(owned.Endpoints.ConnectionString, $"Azurite (pid {owned.ProcessId}, blob port {owned.Endpoints.BlobPort}, in memory)", null, owned);
        }

        var lease = await SharedAzurite.AttachAsync(root, emulator, dataPath, client, persistent: false, cancellationToken);
        var instance = lease.Instance;
        var origin = lease.StartedHere ? "started here" : $"shared, started by {instance.StartedBy}";
        return new EmbeddedStorage(instance.Endpoints.ConnectionString, $"Azurite (pid {instance.Pid}, blob port {instance.BlobPort}, {origin})", lease, null);
    }

    /// <summary>Configuration entries that point the host at this storage.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AsConfiguration() =>
        ConnectionString is null ? [] : [new("Storage:ConnectionString", ConnectionString)];

    public async ValueTask DisposeAsync()
    {
        _lease?.Dispose();
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
            _owned = null;
        }
    }
}

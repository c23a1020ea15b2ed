using AiSec.Shared.Storage;
using Microsoft.Extensions.Configuration;

namespace AiSec.LocalHost.Emulator;

/// <summary>
/// Decides where a local command's storage is: configured Azure Storage (nothing started), the background Azurite
/// from <c>aisec storage start</c>, or an Azurite owned by this process for as long as it runs.
/// </summary>
public sealed class EmbeddedStorage : IAsyncDisposable
{
    private AzuriteProcess? _owned;

    private EmbeddedStorage(string? connectionString, string description, AzuriteProcess? owned)
    {
        ConnectionString = connectionString;
        Description = description;
        _owned = owned;
    }

    /// <summary>The connection string to inject, or null when configuration already names the storage.</summary>
    public string? ConnectionString { get; }

    public string Description { get; }

    public static async Task<EmbeddedStorage> ResolveAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.IsConfigured)
        {
            return new EmbeddedStorage(null, storage.AccountUri?.ToString() ?? "configured connection string", null);
        }

        var emulator = configuration.GetSection(AzuriteOptions.SectionName).Get<AzuriteOptions>() ?? new AzuriteOptions();
        if (!emulator.Enabled)
        {
            throw new EmulatorException(
                "No storage is configured and Storage:Emulator:Enabled is false: set Storage:ConnectionString or Storage:AccountUri.");
        }

        var root = RepositoryRoot.Require();
        if (await DetachedAzurite.FindRunningAsync(root, cancellationToken) is { } running)
        {
            return new EmbeddedStorage(running.Endpoints.ConnectionString, $"Azurite (pid {running.ProcessId}, blob port {running.BlobPort})", null);
        }

        var dataPath = string.IsNullOrEmpty(emulator.DataPath) ? null : Path.GetFullPath(emulator.DataPath, root);
        var owned = await AzuriteProcess.StartAsync(root, dataPath, emulator.BlobPort, detachedLog: null, emulator.StartTimeout, cancellationToken);
        return new EmbeddedStorage(owned.Endpoints.ConnectionString, $"Azurite (pid {owned.ProcessId}, blob port {owned.Endpoints.BlobPort}, embedded)", owned);
    }

    /// <summary>Configuration entries that point the host at this storage.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AsConfiguration() =>
        ConnectionString is null ? [] : [new("Storage:ConnectionString", ConnectionString)];

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
            _owned = null;
        }
    }
}

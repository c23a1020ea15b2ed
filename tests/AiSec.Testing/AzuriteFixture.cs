using AiSec.LocalHost.Emulator;
using AiSec.Shared.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Xunit;

namespace AiSec.Testing;

/// <summary>
/// One Azurite per test run: the one test.sh started (AISEC_TEST_STORAGE_CONNECTION_STRING), else an in-memory
/// instance on free ports for this test assembly. Tests isolate themselves with a unique storage prefix.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionStringVariable = "AISEC_TEST_STORAGE_CONNECTION_STRING";

    private AzuriteProcess? _owned;

    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var shared = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrEmpty(shared))
        {
            ConnectionString = shared;
            return;
        }

        _owned = await AzuriteProcess.StartAsync(
            RepositoryRoot.Require(), dataPath: null, blobPort: 0, detachedLog: null, TimeSpan.FromSeconds(90), CancellationToken.None);
        ConnectionString = _owned.Endpoints.ConnectionString;
    }

    /// <summary>A prefix no other test uses: table, queue and container names start with it.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..11];

    /// <summary>Configuration entries that point a host or CLI at this Azurite with an isolated prefix.</summary>
    public IReadOnlyDictionary<string, string?> Settings(string prefix) => new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = ConnectionString,
        ["Storage:Prefix"] = prefix,
    };

    /// <summary>Storage clients for one test, with its own prefix, and every table/queue/container created.</summary>
    public async Task<AiSecStorage> CreateStorageAsync(string? prefix = null)
    {
        var storage = AiSecStorage.FromConnectionString(ConnectionString, prefix ?? NewPrefix());
        await storage.EnsureCreatedAsync(CancellationToken.None);
        return storage;
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }
}

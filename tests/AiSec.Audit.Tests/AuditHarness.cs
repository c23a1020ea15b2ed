using System.Text;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Storage;
using AiSec.Shared.Audit.Verification;
using AiSec.Shared.Audit.Writing;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AiSec.Audit.Tests;

/// <summary>Builds real audit logs, readers and verifiers on a test's Azurite prefix, all signing with one test key.</summary>
public static class AuditHarness
{
    public static readonly string KeyPath = Path.Combine(Path.GetTempPath(), "aisec-audit-tests", "audit-signing.pem");

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static AuditOptions Options(Action<AuditOptions>? configure = null)
    {
        var options = new AuditOptions { SigningKey = { PemPath = KeyPath } };
        configure?.Invoke(options);
        return options;
    }

    public static AuditSigningKeyProvider Keys(AuditOptions? options = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? Options()), NullLogger<AuditSigningKeyProvider>.Instance);

    /// <param name="start">False leaves the writer stopped until the test calls StartAsync: records only queue up.</param>
    public static BlobAuditLog CreateLog(AiSecStorage storage, Action<AuditOptions>? configure = null, TimeProvider? time = null, bool start = true)
    {
        var options = Options(configure);
        var log = new BlobAuditLog(storage, Microsoft.Extensions.Options.Options.Create(options), Keys(options), time ?? TimeProvider.System, NullLogger<BlobAuditLog>.Instance);
        if (start)
        {
            log.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return log;
    }

    public static async Task<AuditPublicKey> PublicKeyAsync() => (await Keys().GetAsync(CancellationToken.None)).PublicKey;

    public static async Task<AuditVerificationResult> VerifyStorageAsync(AiSecStorage storage, string? stream = null) =>
        await new AuditStorageVerifier(new AuditStorageReader(storage), Keys()).VerifyAsync(stream, Ct);

    public static AuditEvent Event(int i, string stream = AuditStreams.Guardrail, string subject = "") =>
        new(stream, "tests", "decide", subject.Length > 0 ? subject : $"request-{i}", i % 3 == 0 ? "block" : "allow",
            new System.Text.Json.Nodes.JsonObject { ["i"] = i, ["rule"] = "jailbreak", ["score"] = 0.5 });

    /// <summary>Storage whose blob client carries <paramref name="policy"/> (a fault at the network edge) and no SDK retries.</summary>
    public static AiSecStorage StorageWithPolicy(AzuriteFixture azurite, string prefix, HttpPipelinePolicy policy)
    {
        var blobOptions = new BlobClientOptions();
        blobOptions.Retry.MaxRetries = 0;
        blobOptions.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerRetry);
        return new AiSecStorage(
            new TableServiceClient(azurite.ConnectionString),
            new BlobServiceClient(azurite.ConnectionString, blobOptions),
            new QueueServiceClient(azurite.ConnectionString),
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = prefix }));
    }

    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromMinutes(1));
        while (!condition())
        {
            await Task.Delay(20, limit.Token);
        }
    }

    public static bool IsAppend(HttpMessage message) => message.Request.Uri.Query.Contains("comp=appendblock", StringComparison.Ordinal);

    public static BlobContainerClient Records(AiSecStorage storage) => storage.Container(StorageNames.Containers.Audit);

    public static async Task<List<string>> RecordBlobsAsync(AiSecStorage storage, string stream = AuditStreams.Guardrail) =>
        [.. await new AuditStorageReader(storage).ListRecordBlobsAsync(stream, Ct)];

    public static async Task<List<string>> ReadLinesAsync(AiSecStorage storage, string blob)
    {
        var content = (await Records(storage).GetBlobClient(blob).DownloadContentAsync(Ct)).Value.Content.ToString();
        return [.. content.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>What an administrator without WORM protection could do: replace a blob with edited lines (Azurite does not enforce immutability).</summary>
    public static async Task RewriteBlobAsync(AiSecStorage storage, string blob, Func<List<string>, List<string>> edit)
    {
        var lines = edit(await ReadLinesAsync(storage, blob));
        var client = Records(storage).GetAppendBlobClient(blob);
        await client.DeleteAsync(cancellationToken: Ct);
        await client.CreateAsync(cancellationToken: Ct);
        if (lines.Count > 0)
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
            await client.AppendBlockAsync(content, cancellationToken: Ct);
        }
    }
}

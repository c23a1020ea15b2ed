using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace AiSec.Shared.Storage;

/// <summary>
/// The one way capabilities reach storage: clients for the names in <see cref="StorageNames"/>, with the configured
/// prefix applied so that several runs (tests, tenants) can share one account without seeing each other.
/// </summary>
public sealed class AiSecStorage(
    TableServiceClient tables,
    BlobServiceClient blobs,
    QueueServiceClient queues,
    IOptions<StorageOptions> options)
{
    private readonly string _prefix = options.Value.Prefix;

    /// <summary>
    /// Clients for one connection string, configured as <see cref="StorageServiceCollectionExtensions.AddAiSecStorage"/>
    /// configures them (Base64 queue messages), for tools and tests that run without a host.
    /// </summary>
    public static AiSecStorage FromConnectionString(string connectionString, string prefix = "") => new(
        new TableServiceClient(connectionString),
        new BlobServiceClient(connectionString),
        new QueueServiceClient(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }),
        Options.Create(new StorageOptions { ConnectionString = connectionString, Prefix = prefix }));

    public TableServiceClient TableService => tables;

    public BlobServiceClient BlobService => blobs;

    public QueueServiceClient QueueService => queues;

    public TableClient Table(string name) => tables.GetTableClient(_prefix + name);

    public BlobContainerClient Container(string name) => blobs.GetBlobContainerClient(_prefix + name);

    public QueueClient Queue(string name) => queues.GetQueueClient(_prefix + name);

    /// <summary>Puts one message on a queue as JSON, the form every consumer of this product's queues reads.</summary>
    public async Task SendJsonAsync<T>(string queueName, T message, CancellationToken cancellationToken) =>
        await Queue(queueName).SendMessageAsync(System.Text.Json.JsonSerializer.Serialize(message), cancellationToken);

    /// <summary>Creates every table, queue and container the product uses; safe to call on every start.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var work = new List<Task>();
        work.AddRange(StorageNames.Tables.All.Select(t => Table(t).CreateIfNotExistsAsync(cancellationToken)));
        work.AddRange(StorageNames.Queues.All.Select(q => Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken)));
        work.AddRange(StorageNames.Containers.All.Select(c => Container(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken)));
        await Task.WhenAll(work);
    }
}

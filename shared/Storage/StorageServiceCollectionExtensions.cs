using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiSec.Shared.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the table, blob and queue service clients once (through Microsoft.Extensions.Azure) from the
    /// <c>Storage</c> section: a connection string, or an account URI signed in with DefaultAzureCredential.
    /// The clients are built from the validated options when first resolved, so hosts and tests may add
    /// configuration up to the moment the host is built.
    /// </summary>
    public static IServiceCollection AddAiSecStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.IsConfigured, "Storage is not configured: set Storage:ConnectionString or Storage:AccountUri.")
            .ValidateOnStart();

        services.AddAzureClients(clients =>
        {
            clients.AddClient<TableServiceClient, TableClientOptions>((options, credential, sp) =>
            {
                var storage = Current(sp);
                return storage.ConnectionString is { Length: > 0 } cs
                    ? new TableServiceClient(cs, options)
                    : new TableServiceClient(storage.ServiceUri("table"), credential, options);
            });
            clients.AddClient<BlobServiceClient, BlobClientOptions>((options, credential, sp) =>
            {
                var storage = Current(sp);
                return storage.ConnectionString is { Length: > 0 } cs
                    ? new BlobServiceClient(cs, options)
                    : new BlobServiceClient(storage.AccountUri, credential, options);
            });
            clients.AddClient<QueueServiceClient, QueueClientOptions>((options, credential, sp) =>
            {
                // Base64 is what the Functions queue trigger expects by default.
                options.MessageEncoding = QueueMessageEncoding.Base64;
                var storage = Current(sp);
                return storage.ConnectionString is { Length: > 0 } cs
                    ? new QueueServiceClient(cs, options)
                    : new QueueServiceClient(storage.ServiceUri("queue"), credential, options);
            });
            clients.UseCredential(new DefaultAzureCredential());
        });

        services.AddSingleton<AiSecStorage>();
        services.AddSingleton<StorageHealthProbe>();
        return services;
    }

    /// <summary>For hosts that resolve the credential themselves (e.g. a user-assigned managed identity).</summary>
    public static IServiceCollection UseStorageCredential(this IServiceCollection services, TokenCredential credential)
    {
        services.AddAzureClients(clients => clients.UseCredential(credential));
        return services;
    }

    private static StorageOptions Current(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;
}

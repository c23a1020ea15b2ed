using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Storage;
using AiSec.Shared.Audit.Verification;
using AiSec.Shared.Audit.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiSec.Shared.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAuditLog"/> (<see cref="BlobAuditLog"/>, also a hosted service that flushes on shutdown),
    /// the signing key, reader, verifier and exporter, with options from the <c>Audit</c> section. A relative
    /// <c>Audit:SigningKey:PemPath</c> resolves against <paramref name="keyRoot"/> (the local host passes the
    /// repository root) or else the content root. Needs <c>AddAiSecStorage</c> and a registered TimeProvider.
    /// </summary>
    public static IServiceCollection AddAuditLog(this IServiceCollection services, IConfiguration configuration, string? keyRoot = null)
    {
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.SectionName))
            .ValidateDataAnnotations()
            .PostConfigure<IServiceProvider>((options, sp) =>
            {
                if (options.SigningKey.PemPath is { Length: > 0 } pem && !Path.IsPathRooted(pem))
                {
                    var root = keyRoot ?? sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
                    options.SigningKey.PemPath = Path.GetFullPath(pem, root);
                }
            })
            .ValidateOnStart();

        services.AddSingleton<AuditSigningKeyProvider>();
        services.AddSingleton<BlobAuditLog>();
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<BlobAuditLog>());
        services.AddHostedService(sp => sp.GetRequiredService<BlobAuditLog>());
        services.AddSingleton<AuditStorageReader>();
        services.AddSingleton<AuditStorageVerifier>();
        services.AddSingleton<AuditExporter>();
        return services;
    }
}

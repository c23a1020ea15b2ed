using AiSec.LocalHost.Emulator;
using AiSec.LocalHost.Endpoints;
using AiSec.Shared.Audit;

namespace AiSec.LocalHost.Audit;

public static class LocalAuditRegistration
{
    /// <summary>
    /// The audit log for the local host and CLI: the local signing key lives in the repository's .aisec/ folder
    /// (git-ignored), so the host and every CLI run sign and verify with the same key; plus the health contributor.
    /// </summary>
    public static IServiceCollection AddLocalAuditLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditLog(configuration, RepositoryRoot.Find());
        services.AddSingleton<IHealthContributor, AuditHealthContributor>();
        return services;
    }
}

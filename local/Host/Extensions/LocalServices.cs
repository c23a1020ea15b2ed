using AiSec.Shared.Storage;

namespace AiSec.LocalHost.Extensions;

public static class LocalServices
{
    /// <summary>What both the local web host and the CLI commands run on: clock, storage, capabilities.</summary>
    public static IServiceCollection AddLocalCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddAiSecStorage(configuration);
        services.AddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        services.AddCapabilities(configuration);
        return services;
    }
}

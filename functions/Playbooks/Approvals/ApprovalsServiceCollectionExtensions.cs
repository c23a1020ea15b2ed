using AiSec.Playbooks.Actions.Graph;
using AiSec.Playbooks.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Approvals;

public static partial class ApprovalsServiceCollectionExtensions
{
    /// <summary>Signed approval links, their ledger, role membership and the approval page (<c>Playbooks:Approvals</c>, <c>Playbooks:Roles</c>).</summary>
    public static IServiceCollection AddApprovals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApprovalOptions>()
            .Bind(configuration.GetSection(ApprovalOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RoleOptions>()
            .Configure(o => configuration.GetSection(RoleOptions.SectionName).Bind(o.Roles))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RoleOptions>, RoleOptionsValidation>());
        services.AddMemoryCache();
        services.TryAddSingleton<ApprovalKeyProvider>();
        services.TryAddSingleton<ApprovalTokenSigner>();
        services.TryAddSingleton<ApprovalLedger>();
        services.TryAddSingleton<RoleDirectory>();
        services.TryAddSingleton<ApprovalService>();
        services.TryAddSingleton<ApprovalsHttpHandler>();
        services.AddHostedService<DevIdentityWarning>();
        return services;
    }

    /// <summary>A role's group must be a group object id, and membership needs Graph to ask.</summary>
    private sealed class RoleOptionsValidation(IOptions<GraphOptions> graph) : IValidateOptions<RoleOptions>
    {
        public ValidateOptionsResult Validate(string? name, RoleOptions options)
        {
            var failures = new List<string>();
            foreach (var (role, group) in options.Roles)
            {
                if (!Guid.TryParse(group.GroupId, out _))
                {
                    failures.Add($"Playbooks:Roles:{role}:GroupId must be the Entra group's object id (a GUID), not '{group.GroupId}'.");
                }
                else if (!graph.Value.Enabled)
                {
                    failures.Add($"Playbooks:Roles:{role}:GroupId needs Playbooks:Graph:Enabled=true: membership is checked through Microsoft Graph (GroupMember.Read.All).");
                }
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }

    /// <summary>Says at start, every start, that the approval page accepts unverified names.</summary>
    private sealed partial class DevIdentityWarning(IOptions<ApprovalOptions> options, ILogger<DevIdentityWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (options.Value.DevIdentity)
            {
                LogDevIdentity(logger);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(EventId = 801, Level = LogLevel.Warning, Message = "Playbooks:Approvals:DevIdentity is on: the approval page accepts a typed name that nothing verifies, and roles without a group are not checked. Never turn it on in Azure")]
        private static partial void LogDevIdentity(ILogger logger);
    }
}

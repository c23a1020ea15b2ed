using AiSec.Infra.Tests.Bicep;

namespace AiSec.Infra.Tests;

/// <summary>Each role is granted on the narrowest scope that works, never broadly, under a deterministic name.</summary>
public sealed class RoleAssignmentTests
{
    private const string Providers = "/providers/";
    private static readonly string Storage = $"{Deployment.ResourceGroupId}/providers/Microsoft.Storage/storageAccounts/aisecy7gsmeewaqmla";
    private static readonly string Vault = $"{Deployment.ResourceGroupId}/providers/Microsoft.KeyVault/vaults/aisec-kv-y7gsmeewaqmla";
    private static readonly string AppInsights = $"{Deployment.ResourceGroupId}/providers/Microsoft.Insights/components/aisec-ai";
    private static readonly string TaskHub = $"{Deployment.ResourceGroupId}/providers/Microsoft.DurableTask/schedulers/aisec-dts-y7gsmeewaqmla/taskHubs/AiSecPlaybooks";
    private static readonly string AppIdentityPrincipal = $"[reference('{Deployment.ResourceGroupId}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aisec-id', '2024-11-30').principalId]";

    public static TheoryData<string> AllDeployments => [.. Deployment.All.Select(d => d.Name)];

    public static TheoryData<string> MainDeployments => [.. Deployment.AllOfMain.Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(AllDeployments))]
    public async Task Never_grants_owner_contributor_or_access_administration(string deployment)
    {
        var assignments = (await Deployment.All.Single(d => d.Name == deployment).SnapshotAsync()).RoleAssignments;

        Assert.NotEmpty(assignments);
        Assert.DoesNotContain(assignments, a => a.RoleId is BuiltInRoles.Owner or BuiltInRoles.Contributor or BuiltInRoles.UserAccessAdministrator or BuiltInRoles.RoleBasedAccessControlAdministrator);
    }

    [Theory]
    [MemberData(nameof(MainDeployments))]
    public async Task Every_assignment_sits_on_one_resource_of_the_deployment_or_a_listed_containment_scope(string deployment)
    {
        var assignments = (await Deployment.AllOfMain.Single(d => d.Name == deployment).SnapshotAsync()).RoleAssignments;

        string[] containmentScopes = [Deployment.ContainmentResourceGroup, Deployment.ContainmentAccount];
        Assert.All(assignments, a => Assert.True(
            a.Scope.StartsWith(Deployment.ResourceGroupId + Providers, StringComparison.Ordinal) || containmentScopes.Contains(a.Scope),
            $"{a.RoleId} is granted on {a.Scope}"));
    }

    [Fact]
    public async Task Subscription_reader_grants_reader_on_its_subscription_and_nothing_else()
    {
        var assignment = Assert.Single((await Deployment.SubscriptionReader.SnapshotAsync()).RoleAssignments);

        Assert.Equal(new RoleAssignment($"/subscriptions/{Deployment.SubscriptionId}", BuiltInRoles.Reader, "ServicePrincipal", Deployment.ReaderPrincipalId), assignment);
    }

    [Fact]
    public async Task The_app_identity_gets_data_roles_on_storage_key_vault_and_application_insights_only()
    {
        var assignments = (await Deployment.Defaults.SnapshotAsync()).RoleAssignments;

        Assert.Equal(
            new[]
            {
                (BuiltInRoles.MonitoringMetricsPublisher, AppInsights),
                (BuiltInRoles.StorageBlobDataOwner, Storage),
                (BuiltInRoles.StorageQueueDataContributor, Storage),
                (BuiltInRoles.StorageTableDataContributor, Storage),
                (BuiltInRoles.KeyVaultSecretsUser, Vault),
            }.Order(),
            assignments.Select(a => (a.RoleId, a.Scope)).Order());
        Assert.All(assignments, a => Assert.Equal((AppIdentityPrincipal, "ServicePrincipal"), (a.PrincipalId, a.PrincipalType)));
    }

    [Fact]
    public async Task Durable_task_scheduler_role_sits_on_the_task_hub()
    {
        var assignments = (await Deployment.DurableTaskScheduler.SnapshotAsync()).RoleAssignments;

        var durable = Assert.Single(assignments, a => a.RoleId == BuiltInRoles.DurableTaskDataContributor);
        Assert.Equal(TaskHub, durable.Scope);
        Assert.Equal(AppIdentityPrincipal, durable.PrincipalId);
    }

    [Fact]
    public async Task Containment_grants_cognitive_services_contributor_on_exactly_the_listed_scopes()
    {
        var assignments = (await Deployment.EverythingOn.SnapshotAsync()).RoleAssignments;

        var containment = assignments.Where(a => a.RoleId == BuiltInRoles.CognitiveServicesContributor).ToList();
        Assert.Equal(new[] { Deployment.ContainmentAccount, Deployment.ContainmentResourceGroup }.Order(), containment.Select(a => a.Scope).Order());
        Assert.All(containment, a => Assert.Equal(AppIdentityPrincipal, a.PrincipalId));
    }

    [Fact]
    public async Task Listing_scopes_grants_nothing_while_containment_is_off()
    {
        var snapshot = await Deployment.ContainmentListedButOff.SnapshotAsync();

        Assert.DoesNotContain(snapshot.RoleAssignments, a => a.RoleId == BuiltInRoles.CognitiveServicesContributor);
        Assert.Equal("false", snapshot.AppSettings["Playbooks__Actions__ContainmentEnabled"]);
    }

    [Fact]
    public async Task The_administrator_may_write_secrets_in_the_vault_and_nothing_else()
    {
        var assignments = (await Deployment.EverythingOn.SnapshotAsync()).RoleAssignments;

        var administrator = Assert.Single(assignments, a => a.PrincipalId == Deployment.AdministratorId);
        Assert.Equal(new RoleAssignment(Vault, BuiltInRoles.KeyVaultSecretsOfficer, "User", Deployment.AdministratorId), administrator);
    }

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("subscriptionReader.bicep")]
    public async Task Assignment_names_are_guids_of_scope_principal_and_role(string file)
    {
        var template = await CompiledTemplates.TemplateAsync(file);

        var names = CompiledTemplates.Resources(template)
            .Where(r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments")
            .Select(r => (string)r["name"]!)
            .ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            Assert.StartsWith("[guid(", name, StringComparison.Ordinal);
            var arguments = TopLevelArguments(name["[guid(".Length..^")]".Length]);
            Assert.Equal(3, arguments.Count);
            Assert.Contains("principalid", arguments[1], StringComparison.OrdinalIgnoreCase);
        });
    }

    private static List<string> TopLevelArguments(string arguments)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            switch (arguments[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(arguments[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        parts.Add(arguments[start..].Trim());
        return parts;
    }
}

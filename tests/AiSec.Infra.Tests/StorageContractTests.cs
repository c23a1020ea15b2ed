using AiSec.Infra.Tests.Bicep;
using AiSec.Shared.Storage;

namespace AiSec.Infra.Tests;

/// <summary>The storage contract exists before the app starts, and audit records are write-once.</summary>
public sealed class StorageContractTests
{
    private const string Containers = "Microsoft.Storage/storageAccounts/blobServices/containers";
    private const string ImmutabilityPolicies = "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies";

    [Fact]
    public async Task Creates_exactly_the_tables_queues_and_containers_of_the_contract()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        Assert.Equal(StorageNames.Tables.All.Order(StringComparer.Ordinal), snapshot.ChildNames("Microsoft.Storage/storageAccounts/tableServices/tables").Order(StringComparer.Ordinal));
        Assert.Equal(StorageNames.Queues.All.Order(StringComparer.Ordinal), snapshot.ChildNames("Microsoft.Storage/storageAccounts/queueServices/queues").Order(StringComparer.Ordinal));
        Assert.Equal(
            StorageNames.Containers.All.Append("app-package").Order(StringComparer.Ordinal),
            snapshot.ChildNames(Containers).Order(StringComparer.Ordinal));
        Assert.All(snapshot.OfType(Containers), c => Assert.Equal("None", (string?)c["properties"]!["publicAccess"]));
    }

    [Fact]
    public async Task Audit_container_is_worm_with_protected_append_writes()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        var policy = snapshot.Single(ImmutabilityPolicies);
        Assert.EndsWith("/containers/audit/immutabilityPolicies/default", (string?)policy["id"], StringComparison.Ordinal);
        Assert.True((bool)policy["properties"]!["allowProtectedAppendWrites"]!);
        Assert.Equal(365, (int)policy["properties"]!["immutabilityPeriodSinceCreationInDays"]!);
    }

    [Fact]
    public async Task A_locked_audit_policy_is_left_alone_by_later_deployments()
    {
        var snapshot = await Deployment.AuditPolicyLocked.SnapshotAsync();

        Assert.Empty(snapshot.OfType(ImmutabilityPolicies));
        Assert.Contains("audit", snapshot.ChildNames(Containers));
    }
}

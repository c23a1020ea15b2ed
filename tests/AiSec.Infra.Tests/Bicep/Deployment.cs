using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace AiSec.Infra.Tests.Bicep;

/// <summary>
/// A template with a set of parameters, evaluated by <c>bicep snapshot</c> into the resources a deployment into the
/// fixed subscription and resource group below would create (conditions, loops and modules resolved; values known
/// only after deployment, such as an identity's client id, stay ARM expressions).
/// </summary>
internal sealed record Deployment(string Name, string Template, string Parameters)
{
    public const string SubscriptionId = "11111111-1111-1111-1111-111111111111";
    public const string ResourceGroup = "rg-aisec";
    public const string TenantId = "22222222-2222-2222-2222-222222222222";
    public const string AuthClientId = "33333333-3333-3333-3333-333333333333";
    public const string AdministratorId = "77777777-7777-7777-7777-777777777777";
    public const string CisoGroupId = "66666666-6666-6666-6666-666666666666";
    public const string ContainmentResourceGroup = "/subscriptions/44444444-4444-4444-4444-444444444444/resourceGroups/ai-rg";
    public const string ContainmentAccount =
        "/subscriptions/55555555-5555-5555-5555-555555555555/resourceGroups/ml/providers/Microsoft.CognitiveServices/accounts/openai1";
    public const string ReaderPrincipalId = "88888888-8888-8888-8888-888888888888";

    public static readonly string ResourceGroupId = $"/subscriptions/{SubscriptionId}/resourceGroups/{ResourceGroup}";

    /// <summary>What <c>azd up</c> deploys with nothing but the required sign-in app registration.</summary>
    public static readonly Deployment Defaults = new(nameof(Defaults), "main.bicep", $"param authClientId = '{AuthClientId}'");

    public static readonly Deployment DurableTaskScheduler = new(nameof(DurableTaskScheduler), "main.bicep", $"""
        param authClientId = '{AuthClientId}'
        param durableBackend = 'DurableTaskScheduler'
        """);

    /// <summary>Every option on: network isolation, containment, an administrator, role groups, a warm HTTP group.</summary>
    public static readonly Deployment EverythingOn = new(nameof(EverythingOn), "main.bicep", $$"""
        param authClientId = '{{AuthClientId}}'
        param administratorPrincipalId = '{{AdministratorId}}'
        param networkIsolation = true
        param containmentEnabled = true
        param containmentScopes = ['{{ContainmentResourceGroup}}', '{{ContainmentAccount}}']
        param roleGroupIds = { ciso: '{{CisoGroupId}}' }
        param teamsGraphEnabled = true
        param approvalTokenLifetime = '04:00:00'
        param httpAlwaysReadyInstances = 1
        param instanceMemoryMB = 4096
        param maximumInstanceCount = 40
        param discoverySubscriptionIds = ['44444444-4444-4444-4444-444444444444', '55555555-5555-5555-5555-555555555555']
        """);

    /// <summary>Scopes are listed but containment stays off: nothing may be granted.</summary>
    public static readonly Deployment ContainmentListedButOff = new(nameof(ContainmentListedButOff), "main.bicep", $"""
        param authClientId = '{AuthClientId}'
        param containmentScopes = ['{ContainmentResourceGroup}']
        """);

    public static readonly Deployment AuditPolicyLocked = new(nameof(AuditPolicyLocked), "main.bicep", $"""
        param authClientId = '{AuthClientId}'
        param auditPolicyLocked = true
        """);

    public static readonly Deployment SubscriptionReader = new(nameof(SubscriptionReader), "subscriptionReader.bicep",
        $"param principalId = '{ReaderPrincipalId}'");

    public static IEnumerable<Deployment> AllOfMain => [Defaults, DurableTaskScheduler, EverythingOn, ContainmentListedButOff, AuditPolicyLocked];

    public static IEnumerable<Deployment> All => [.. AllOfMain, SubscriptionReader];

    private static readonly ConcurrentDictionary<string, Lazy<Task<Snapshot>>> Snapshots = new();

    public override string ToString() => Name;

    public Task<Snapshot> SnapshotAsync() =>
        Snapshots.GetOrAdd(Name, _ => new(EvaluateAsync)).Value.WaitAsync(TestContext.Current.CancellationToken);

    private async Task<Snapshot> EvaluateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("aisec-infra-");
        try
        {
            // A parameters file names its template by a relative path.
            var template = Path.GetRelativePath(directory.FullName, Path.Combine(BicepCli.InfraDirectory, Template)).Replace('\\', '/');
            var parameters = Path.Combine(directory.FullName, $"{Name}.bicepparam");
            await File.WriteAllTextAsync(parameters, $"using '{template}'\n{Parameters}\n", CancellationToken.None);

            string[] scope = Template == "main.bicep" ? ["--resource-group", ResourceGroup] : [];
            var run = await BicepCli.RunAsync(directory.FullName,
                ["snapshot", parameters, "--subscription-id", SubscriptionId, "--tenant-id", TenantId, "--location", "westeurope", .. scope]);
            Assert.True(run.Clean, $"bicep snapshot {Name}: {run.Stderr}{run.Stdout}");

            var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(parameters, ".snapshot.json"), CancellationToken.None))!;
            Assert.Empty(snapshot["diagnostics"]!.AsArray());
            return new Snapshot(snapshot["predictedResources"]!.AsArray().OfType<JsonObject>().ToList());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

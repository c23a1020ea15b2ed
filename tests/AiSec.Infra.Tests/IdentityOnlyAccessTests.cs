using AiSec.Infra.Tests.Bicep;

namespace AiSec.Infra.Tests;

/// <summary>Everything signs in with Entra identities: no account key, secret or keyed connection string exists anywhere.</summary>
public sealed class IdentityOnlyAccessTests
{
    private const string IdentityClientId = "reference('/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-aisec/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aisec-id', '2024-11-30').clientId";

    public static TheoryData<string> MainDeployments => [.. Deployment.AllOfMain.Select(d => d.Name)];

    [Fact]
    public async Task Host_storage_connects_through_the_user_assigned_identity()
    {
        var settings = (await Deployment.Defaults.SnapshotAsync()).AppSettings;

        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal($"[{IdentityClientId}]", settings["AzureWebJobsStorage__clientId"]);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.EndsWith($"').primaryEndpoints.{service}]", settings[$"AzureWebJobsStorage__{service}ServiceUri"], StringComparison.Ordinal);
        }

        Assert.Equal(
            ["AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__clientId", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri"],
            settings.Keys.Where(k => k.StartsWith("AzureWebJobsStorage", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal($"[{IdentityClientId}]", settings["AZURE_CLIENT_ID"]);
    }

    [Theory]
    [MemberData(nameof(MainDeployments))]
    public async Task No_app_setting_holds_a_key_a_secret_or_a_keyed_connection_string(string deployment)
    {
        var settings = (await Deployment.AllOfMain.Single(d => d.Name == deployment).SnapshotAsync()).AppSettings;

        string[] credentials = ["AccountKey=", "SharedAccessKey", "SharedAccessSignature", "sig=", "listKeys", "listSecrets", "Password", "ClientSecret", "AccessToken"];
        Assert.All(settings, setting => Assert.DoesNotContain(credentials, c => setting.Value.Contains(c, StringComparison.OrdinalIgnoreCase)));

        // The two connection strings name endpoints only: Application Insights' instrumentation key is an identifier
        // that authorizes nothing once local auth is off, and the scheduler's says Authentication=ManagedIdentity.
        var connectionStrings = settings.Where(s => s.Key.Contains("CONNECTION_STRING", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.All(connectionStrings, s => Assert.Contains(s.Key, new[] { "APPLICATIONINSIGHTS_CONNECTION_STRING", "DURABLE_TASK_SCHEDULER_CONNECTION_STRING" }));
        Assert.Equal("[reference('/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-aisec/providers/Microsoft.Insights/components/aisec-ai', '2020-02-02').ConnectionString]", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);

        // What is secret arrives through Key Vault references resolved by the identity, never as a value.
        Assert.All(settings.Where(s => s.Key.EndsWith("WebhookUrl", StringComparison.Ordinal)), s => Assert.StartsWith("@Microsoft.KeyVault(", s.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("subscriptionReader.bicep")]
    public async Task Templates_never_read_a_key(string file)
    {
        var run = await CompiledTemplates.BuildAsync(file).WaitAsync(TestContext.Current.CancellationToken);

        // listKeys, listAccountSas, listSecrets, listCredentials...: every ARM function that returns a credential.
        Assert.True(run.Clean, run.Stderr);
        Assert.DoesNotMatch(@"\blist[A-Z]\w*\(", run.Stdout);
    }

    [Fact]
    public async Task Storage_accepts_entra_identities_only()
    {
        var account = (await Deployment.Defaults.SnapshotAsync()).Single("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)account["allowSharedKeyAccess"]!);
        Assert.True((bool)account["defaultToOAuthAuthentication"]!);
        Assert.False((bool)account["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)account["minimumTlsVersion"]);
        Assert.True((bool)account["supportsHttpsTrafficOnly"]!);
    }

    [Fact]
    public async Task Key_vault_authorizes_with_rbac_and_references_resolve_as_the_identity()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        var vault = snapshot.Single("Microsoft.KeyVault/vaults")["properties"]!;
        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
        Assert.Null(vault["accessPolicies"]);
        Assert.EndsWith("/userAssignedIdentities/aisec-id", (string?)snapshot.Single("Microsoft.Web/sites")["properties"]!["keyVaultReferenceIdentity"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Application_insights_ingests_with_entra_tokens_only()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        Assert.True((bool)snapshot.Single("Microsoft.Insights/components")["properties"]!["DisableLocalAuth"]!);
        Assert.Equal($"[format('Authorization=AAD;ClientId={{0}}', {IdentityClientId})]", snapshot.AppSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }
}

using AiSec.Infra.Tests.Bicep;

namespace AiSec.Infra.Tests;

/// <summary>The deployment carries the settings Playbooks, Teams approvals, the dashboard and the audit log need in Azure.</summary>
public sealed class ProductSettingsTests
{
    private const string VaultUri = "[reference('/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-aisec/providers/Microsoft.KeyVault/vaults/aisec-kv-y7gsmeewaqmla', '2025-05-01').vaultUri]";

    [Fact]
    public async Task Development_shortcuts_are_off_in_azure()
    {
        var settings = (await Deployment.EverythingOn.SnapshotAsync()).AppSettings;

        Assert.Equal("false", settings["Guardrail__DevMode"]);
        Assert.Equal("false", settings["Playbooks__Approvals__DevIdentity"]);
    }

    [Fact]
    public async Task Signing_keys_come_from_key_vault()
    {
        var settings = (await Deployment.Defaults.SnapshotAsync()).AppSettings;

        Assert.Equal(VaultUri, settings["Audit__SigningKey__KeyVaultUri"]);
        Assert.Equal("audit-signing-key", settings["Audit__SigningKey__SecretName"]);
        Assert.Equal(VaultUri, settings["Playbooks__Approvals__SigningKey__KeyVaultUri"]);
        Assert.Equal("approval-token-key", settings["Playbooks__Approvals__SigningKey__SecretName"]);
    }

    [Fact]
    public async Task Each_teams_role_reads_its_webhook_through_a_key_vault_reference()
    {
        var settings = (await Deployment.Defaults.SnapshotAsync()).AppSettings;

        var webhooks = settings.Where(s => s.Key.StartsWith("Playbooks__Teams__Channels__", StringComparison.Ordinal)).ToDictionary();
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Playbooks__Teams__Channels__on_call_engineer__WebhookUrl"] = "@Microsoft.KeyVault(VaultName=aisec-kv-y7gsmeewaqmla;SecretName=teams-webhook-on-call-engineer)",
                ["Playbooks__Teams__Channels__ai_security_lead__WebhookUrl"] = "@Microsoft.KeyVault(VaultName=aisec-kv-y7gsmeewaqmla;SecretName=teams-webhook-ai-security-lead)",
                ["Playbooks__Teams__Channels__ciso__WebhookUrl"] = "@Microsoft.KeyVault(VaultName=aisec-kv-y7gsmeewaqmla;SecretName=teams-webhook-ciso)",
                ["Playbooks__Teams__Channels__ml_engineer__WebhookUrl"] = "@Microsoft.KeyVault(VaultName=aisec-kv-y7gsmeewaqmla;SecretName=teams-webhook-ml-engineer)",
                ["Playbooks__Teams__Channels__legal__WebhookUrl"] = "@Microsoft.KeyVault(VaultName=aisec-kv-y7gsmeewaqmla;SecretName=teams-webhook-legal)",
                ["Playbooks__Teams__Channels__privacy_officer__WebhookUrl"] = "@Microsoft.KeyVault(VaultName=aisec-kv-y7gsmeewaqmla;SecretName=teams-webhook-privacy-officer)",
            },
            webhooks);
        Assert.Equal("false", settings["Playbooks__Teams__Graph__Enabled"]);
    }

    [Fact]
    public async Task Approval_links_point_at_the_app_and_last_as_long_as_configured()
    {
        var defaults = (await Deployment.Defaults.SnapshotAsync()).AppSettings;
        var configured = (await Deployment.EverythingOn.SnapshotAsync()).AppSettings;

        Assert.Equal(
            "[format('https://{0}/api/approvals', reference('/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-aisec/providers/Microsoft.Web/sites/aisec-y7gsmeewaqmla', '2025-03-01').defaultHostName)]",
            defaults["Playbooks__Approvals__BaseUrl"]);
        Assert.DoesNotContain("Playbooks__Approvals__TokenLifetime", defaults.Keys);
        Assert.Equal("04:00:00", configured["Playbooks__Approvals__TokenLifetime"]);
    }

    [Fact]
    public async Task Roles_map_to_entra_groups_and_options_follow_their_parameters()
    {
        var settings = (await Deployment.EverythingOn.SnapshotAsync()).AppSettings;

        Assert.Equal(Deployment.CisoGroupId, settings["Playbooks__Roles__ciso__GroupId"]);
        Assert.Single(settings.Keys, k => k.StartsWith("Playbooks__Roles__", StringComparison.Ordinal));
        Assert.Equal("true", settings["Playbooks__Actions__ContainmentEnabled"]);
        Assert.Equal("true", settings["Playbooks__Teams__Graph__Enabled"]);
        Assert.Equal("44444444-4444-4444-4444-444444444444,55555555-5555-5555-5555-555555555555", settings["Discovery__Azure__SubscriptionIds"]);
    }

    [Fact]
    public async Task Schedules_and_playbook_constants_are_set()
    {
        var settings = (await Deployment.Defaults.SnapshotAsync()).AppSettings;

        Assert.Equal("0 0 1 * * *", settings["Dashboard__SnapshotSchedule"]);
        Assert.Equal("0 0 */6 * * *", settings["Discovery__Schedule"]);
        Assert.Equal("0 30 */6 * * *", settings["Risk__Schedule"]);
        Assert.Equal("1", settings["Playbooks__TimeScale"]);
        Assert.Equal("https://graph.microsoft.com/v1.0/", settings["Playbooks__Graph__BaseUrl"]);
        Assert.Equal("false", settings["Playbooks__Actions__ContainmentEnabled"]);
        Assert.Equal("true", settings["Discovery__Azure__Enabled"]);
        Assert.Equal("managedidentity", settings["Discovery__Azure__Credential"]);
        Assert.Equal(settings["AZURE_CLIENT_ID"], settings["Discovery__Azure__ManagedIdentityClientId"]);
        Assert.Equal(settings["AzureWebJobsStorage__blobServiceUri"], settings["Storage__AccountUri"]);
    }
}

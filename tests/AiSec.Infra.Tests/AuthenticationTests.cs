using AiSec.Infra.Tests.Bicep;

namespace AiSec.Infra.Tests;

/// <summary>App Service Authentication (Entra ID) guards every route except those the product authenticates by API key.</summary>
public sealed class AuthenticationTests
{
    [Fact]
    public async Task Excludes_exactly_the_key_authenticated_routes()
    {
        var settings = (await Deployment.Defaults.SnapshotAsync()).Single("Microsoft.Web/sites/config", "authsettingsV2")["properties"]!;

        var excluded = settings["globalValidation"]!["excludedPaths"]!.AsArray().Select(p => (string)p!).ToList();
        Assert.Equal(["/api/guardrail/check", "/api/guardrail/check-output", "/api/health", "/api/incidents"], excluded.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/dashboard/metrics")]
    [InlineData("/api/approvals/some-token")]
    [InlineData("/api/incidents/INC-1")]
    [InlineData("/api/assets")]
    public async Task Pages_and_people_facing_apis_stay_behind_the_sign_in(string route)
    {
        var settings = (await Deployment.Defaults.SnapshotAsync()).Single("Microsoft.Web/sites/config", "authsettingsV2")["properties"]!;

        var validation = settings["globalValidation"]!;
        Assert.True((bool)settings["platform"]!["enabled"]!);
        Assert.True((bool)validation["requireAuthentication"]!);
        Assert.Equal("RedirectToLoginPage", (string?)validation["unauthenticatedClientAction"]);
        Assert.DoesNotContain(route, validation["excludedPaths"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    public async Task Signs_people_in_with_entra_using_the_identity_as_federated_credential_not_a_secret()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        var entra = snapshot.Single("Microsoft.Web/sites/config", "authsettingsV2")["properties"]!["identityProviders"]!["azureActiveDirectory"]!;
        Assert.True((bool)entra["enabled"]!);
        Assert.Equal(Deployment.AuthClientId, (string?)entra["registration"]!["clientId"]);
        Assert.Contains(Deployment.TenantId, (string?)entra["registration"]!["openIdIssuer"], StringComparison.Ordinal);
        Assert.Equal("OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID", (string?)entra["registration"]!["clientSecretSettingName"]);
        Assert.Equal(snapshot.AppSettings["AZURE_CLIENT_ID"], snapshot.AppSettings["OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID"]);
        Assert.Equal(Deployment.TenantId, snapshot.AppSettings["WEBSITE_AUTH_AAD_ALLOWED_TENANTS"]);
    }
}

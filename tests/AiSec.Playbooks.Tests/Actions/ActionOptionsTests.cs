using AiSec.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Tests.Actions;

/// <summary>The actions' settings are validated when a host starts, and a bad one is named.</summary>
public sealed class ActionOptionsTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Playbooks:Graph:Credential", "static-token", "Playbooks:Graph:Credential is static-token but Playbooks:Graph:AccessToken is empty.")]
    [InlineData("Playbooks:Graph:Credential", "certificate", "Playbooks:Graph:Credential must be default, managedidentity or static-token.")]
    [InlineData("Playbooks:Graph:MaxRetries", "11", "Playbooks:Graph:MaxRetries must be between 0 and 10.")]
    [InlineData("Playbooks:Graph:RetryDelay", "00:05:00", "Playbooks:Graph:RetryDelay must be between 00:00:00 and 00:03:00.")]
    [InlineData("Playbooks:Actions:PollInterval", "00:00:00", "Playbooks:Actions:PollInterval must be more than 00:00:00 and at most 00:05:00.")]
    public void A_bad_setting_stops_the_start_and_is_named(string setting, string value, string message)
    {
        var settings = new Dictionary<string, string?>(azurite.Settings(AzuriteFixture.NewPrefix()))
        {
            ["Playbooks:Graph:Enabled"] = "true",
            [setting] = value,
        };
        using var services = ActionsHarness.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_start_without_Graph_and_with_containment_on()
    {
        using var services = ActionsHarness.Build(azurite.Settings(AzuriteFixture.NewPrefix()));

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.False(services.GetRequiredService<IOptions<Playbooks.Actions.Graph.GraphOptions>>().Value.Enabled);
        Assert.True(services.GetRequiredService<IOptions<Playbooks.Actions.ContainmentOptions>>().Value.ContainmentEnabled);
    }
}

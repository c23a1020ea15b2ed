using AiSec.Discovery.Aws;
using AiSec.Discovery.Collectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiSec.Discovery.Tests.Aws;

public sealed class AwsDiscoveryConfigurationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddAwsDiscovery(configuration)
            .AddAwsDiscovery(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [Fact]
    public void Registers_one_collector_bound_to_the_discovery_aws_section()
    {
        using var services = Build(new()
        {
            ["Discovery:Aws:Regions:0"] = "us-east-1",
            ["Discovery:Aws:Regions:1"] = "eu-west-1",
            ["Discovery:Aws:RoleArns:0"] = "arn:aws:iam::444455556666:role/Reader",
            ["Discovery:Aws:ServiceUrl"] = "https://bedrock-proxy.example.test",
            ["Discovery:Aws:PageSize"] = "25",
        });

        var collector = Assert.Single(services.GetServices<IAssetCollector>());
        Assert.IsType<AwsBedrockCollector>(collector);
        Assert.True(collector.IsConfigured);
        var options = services.GetRequiredService<IOptions<AwsDiscoveryOptions>>().Value;
        Assert.Equal(["us-east-1", "eu-west-1"], options.Regions);
        Assert.Equal(["arn:aws:iam::444455556666:role/Reader"], options.RoleArns);
        Assert.Equal("https://bedrock-proxy.example.test", options.ServiceUrl);
        Assert.Equal(25, options.PageSize);
        Assert.Null(options.Credentials);
    }

    [Fact]
    public void Without_regions_the_collector_is_registered_but_not_configured()
    {
        using var services = Build([]);

        Assert.False(Assert.Single(services.GetServices<IAssetCollector>()).IsConfigured);
    }

    [Theory]
    [InlineData("Discovery:Aws:ServiceUrl", "not a url")]
    [InlineData("Discovery:Aws:RoleArns:0", "Reader")]
    [InlineData("Discovery:Aws:PageSize", "0")]
    public void Invalid_settings_are_rejected(string key, string value)
    {
        using var services = Build(new() { ["Discovery:Aws:Regions:0"] = "us-east-1", [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AwsDiscoveryOptions>>().Value);
    }

    [Theory]
    [InlineData("http://configured:1", "http://bedrock-var:2", "http://global-var:3", "http://configured:1/")]
    [InlineData(null, "http://bedrock-var:2", "http://global-var:3", "http://bedrock-var:2/")]
    [InlineData(null, null, "http://global-var:3/base/", "http://global-var:3/base/")]
    [InlineData(null, null, null, "https://bedrock.ap-southeast-2.amazonaws.com/")]
    public void Endpoint_resolution_prefers_settings_then_the_service_variable_then_the_global_variable(
        string? serviceUrl, string? bedrockVariable, string? globalVariable, string expected)
    {
        var environment = new Dictionary<string, string?>
        {
            [BedrockEndpoints.ServiceEndpointVariable] = bedrockVariable,
            [BedrockEndpoints.GlobalEndpointVariable] = globalVariable,
        };

        var endpoint = BedrockEndpoints.ControlPlane("ap-southeast-2", serviceUrl, name => environment.GetValueOrDefault(name));

        Assert.Equal(expected, endpoint.ToString());
    }

    [Fact]
    public void Arns_split_into_their_fields_even_when_the_resource_has_colons()
    {
        Assert.True(Arn.TryParse("arn:aws:bedrock:us-east-1:111122223333:custom-model/amazon.titan-text-express-v1:0:8k/abc123def456", out var arn));
        Assert.Equal("111122223333", arn.Account);
        Assert.Equal("us-east-1", arn.Region);
        Assert.Equal("custom-model", arn.ResourceType);
        Assert.Equal("amazon.titan-text-express-v1:0:8k/abc123def456", arn.ResourceId);
        Assert.Null(Arn.AccountOf("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2"));
        Assert.False(Arn.TryParse("not-an-arn", out _));
    }
}

namespace AiSec.Discovery.Aws;

/// <summary>Where Bedrock is reached for a region, honouring the SDK-standard endpoint overrides.</summary>
public static class BedrockEndpoints
{
    public const string ServiceEndpointVariable = "AWS_ENDPOINT_URL_BEDROCK";
    public const string GlobalEndpointVariable = "AWS_ENDPOINT_URL";

    /// <summary>
    /// The control-plane base URL: <c>Discovery:Aws:ServiceUrl</c>, then <c>AWS_ENDPOINT_URL_BEDROCK</c>, then
    /// <c>AWS_ENDPOINT_URL</c>, else the public regional endpoint.
    /// </summary>
    public static Uri ControlPlane(string region, string? serviceUrl, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var configured = new[] { serviceUrl, environment(ServiceEndpointVariable), environment(GlobalEndpointVariable) }
            .FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));
        var url = configured ?? $"https://bedrock.{region}.amazonaws.com";
        return new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
    }

    /// <summary>
    /// Where the region's models are invoked (bedrock-runtime): the endpoint the risk engine judges, which is public and
    /// HTTPS-only whatever endpoint this collector read the control plane from.
    /// </summary>
    public static string Runtime(string region) => $"https://bedrock-runtime.{region}.amazonaws.com";
}

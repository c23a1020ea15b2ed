using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Logging;

namespace AiSec.Discovery.AzureArm;

/// <summary>
/// Builds the Azure.Core pipeline for Resource Manager: its retry policy (exponential back-off, honours 429
/// Retry-After, retries 5xx and transport errors) and the bearer token for the configured credential.
/// </summary>
public static partial class ArmPipelineFactory
{
    public static HttpPipeline Create(AzureDiscoveryOptions options, ILogger logger, HttpPipelineTransport? transport = null)
    {
        var clientOptions = new ArmClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = options.RequestTimeout;
        clientOptions.Diagnostics.ApplicationId = "aisec-discovery";
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        return HttpPipelineBuilder.Build(clientOptions, AuthenticationPolicy(options, logger));
    }

    private static HttpPipelinePolicy AuthenticationPolicy(AzureDiscoveryOptions options, ILogger logger)
    {
        var scope = (string.IsNullOrWhiteSpace(options.Audience) ? options.ResourceManagerEndpoint.GetLeftPart(UriPartial.Authority) : options.Audience.TrimEnd('/')) + "/.default";
        switch (options.Credential)
        {
            case "static-token":
                if (string.IsNullOrWhiteSpace(options.AccessToken))
                {
                    throw new InvalidOperationException("Discovery:Azure:Credential is static-token but Discovery:Azure:AccessToken is empty.");
                }

                LogStaticToken(logger);
                return new StaticBearerTokenPolicy(options.AccessToken);
            case "managedidentity":
                var identity = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                    ? ManagedIdentityId.SystemAssigned
                    : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId);
                return new BearerTokenAuthenticationPolicy(new ManagedIdentityCredential(identity), scope);
            default:
                return new BearerTokenAuthenticationPolicy(new DefaultAzureCredential(), scope);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Azure discovery signs in with a static bearer token (Discovery:Azure:Credential = static-token); use it only for tests and air-gapped runs")]
    private static partial void LogStaticToken(ILogger logger);

    private sealed class ArmClientOptions : ClientOptions;
}

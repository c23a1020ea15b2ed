using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace AiSec.Playbooks.Actions.Graph;

/// <summary>
/// Builds the one <see cref="GraphServiceClient"/> the identity actions share: the SDK's default middleware with its
/// retry handler (honours 429 Retry-After, retries 503 and 504) set from <see cref="GraphOptions"/>, the configured base
/// URL, and a token for the configured credential, sent to the base URL's host only (https, or loopback for fakes).
/// </summary>
public static partial class GraphClientBuilder
{
    public static GraphServiceClient Create(GraphOptions options, ILogger logger, HttpMessageHandler? transport = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new RetryHandlerOption { MaxRetry = options.MaxRetries, Delay = (int)Math.Ceiling(options.RetryDelay.TotalSeconds) };
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i].Dispose();
                handlers[i] = new RetryHandler(retry);
            }
        }

        var http = GraphClientFactory.Create(handlers, finalHandler: transport);
        http.Timeout = options.RequestTimeout;
        var baseUrl = options.BaseUrl.ToString().TrimEnd('/');
        var audience = string.IsNullOrWhiteSpace(options.Audience) ? options.BaseUrl.GetLeftPart(UriPartial.Authority) : options.Audience.TrimEnd('/');
        var authentication = new AzureIdentityAuthenticationProvider(Credential(options, logger), [options.BaseUrl.Host], scopes: [audience + "/.default"]);
        return new GraphServiceClient(http, authentication, baseUrl);
    }

    private static TokenCredential Credential(GraphOptions options, ILogger logger)
    {
        switch (options.Credential)
        {
            case "static-token":
                if (string.IsNullOrWhiteSpace(options.AccessToken))
                {
                    throw new InvalidOperationException("Playbooks:Graph:Credential is static-token but Playbooks:Graph:AccessToken is empty.");
                }

                LogStaticToken(logger);
                var token = new AccessToken(options.AccessToken, DateTimeOffset.MaxValue);
                return DelegatedTokenCredential.Create((_, _) => token);
            case "managedidentity":
                return new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                    ? ManagedIdentityId.SystemAssigned
                    : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
            default:
                return new DefaultAzureCredential();
        }
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "Microsoft Graph is signed in with a static bearer token (Playbooks:Graph:Credential = static-token); use it only for tests and air-gapped runs")]
    private static partial void LogStaticToken(ILogger logger);
}

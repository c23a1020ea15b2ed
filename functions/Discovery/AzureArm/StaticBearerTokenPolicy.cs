using Azure.Core;
using Azure.Core.Pipeline;

namespace AiSec.Discovery.AzureArm;

/// <summary>
/// Adds a fixed bearer token. Hand-written because Azure.Core's BearerTokenAuthenticationPolicy refuses plain HTTP,
/// which local fakes and air-gapped mirrors use; a fixed token needs none of its caching or refresh. Plain HTTP is
/// allowed to loopback hosts only, so a token is never sent in clear text over a network.
/// </summary>
public sealed class StaticBearerTokenPolicy(string token) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var uri = message.Request.Uri.ToUri();
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            throw new InvalidOperationException($"Refusing to send a bearer token over plain HTTP to {uri.Host}; use https.");
        }

        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, "Bearer " + token);
    }
}

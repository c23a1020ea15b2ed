using System.Text.Json.Nodes;
using AiSec.Shared.Assets;

namespace AiSec.Discovery.AzureArm;

/// <summary>
/// How an Azure resource is reachable, from <c>publicNetworkAccess</c>, <c>networkAcls</c> and its private endpoint
/// connections: open to the internet (even with an IP allow-list) is <c>public</c>; reachable only through private
/// endpoints or virtual network rules is <c>vpc</c>; public access off and no private endpoint is <c>internal</c>.
/// </summary>
public sealed record NetworkPosture(string PublicNetworkAccess, IReadOnlyList<string> PrivateEndpoints, string Exposure)
{
    public static NetworkPosture Of(JsonObject? properties)
    {
        // ARM omits publicNetworkAccess on resources created before the property existed: they are open.
        var access = properties.Text("publicNetworkAccess") ?? "Enabled";
        var privateEndpoints = properties.Objects("privateEndpointConnections")
            .Where(c => !string.Equals(c.Object("properties")?.Object("privateLinkServiceConnectionState").Text("status"), "Rejected", StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Object("properties")?.Object("privateEndpoint").Text("id") ?? c.Text("id"))
            .OfType<string>()
            .ToList();
        var acls = properties?.Object("networkAcls");
        var denyByDefault = string.Equals(acls.Text("defaultAction"), "Deny", StringComparison.OrdinalIgnoreCase);
        var ipRules = acls.Objects("ipRules").Any();
        var exposure = string.Equals(access, "Disabled", StringComparison.OrdinalIgnoreCase)
            ? privateEndpoints.Count > 0 ? AssetVocabulary.Exposure.Vpc : AssetVocabulary.Exposure.Internal
            : denyByDefault && !ipRules
                ? AssetVocabulary.Exposure.Vpc
                : AssetVocabulary.Exposure.Public;
        return new NetworkPosture(access, privateEndpoints, exposure);
    }

    public void WriteTo(JsonObject target)
    {
        target[EvidenceKeys.PublicNetworkAccess] = PublicNetworkAccess;
        target[EvidenceKeys.PrivateEndpoints] = new JsonArray(PrivateEndpoints.Select(p => (JsonNode)JsonValue.Create(p)).ToArray());
    }
}

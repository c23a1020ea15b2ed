using Azure.Core;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// The Azure AI resources an incident names among its affected assets. Discovery registers Azure assets under their
/// Resource Manager ids, so an id of a <c>Microsoft.CognitiveServices/accounts</c> resource, or of one under it (a
/// deployment, a content filter), names that account. Ids of other sources (Bedrock, Hugging Face, manual) are not Azure.
/// Ids are read with Azure.Core's <see cref="ResourceIdentifier"/>, which takes only GUID subscription ids, as Azure issues.
/// </summary>
public static class AzureAiTargets
{
    public const string AccountType = "Microsoft.CognitiveServices/accounts";
    public const string DeploymentType = "Microsoft.CognitiveServices/accounts/deployments";

    public const string NoAccount = "the incident names no Azure AI account (an affected asset that is a Microsoft.CognitiveServices account or a resource under one)";

    public const string NoDeployment = "the incident names no model deployment (an affected asset that is a Microsoft.CognitiveServices/accounts/deployments resource)";

    /// <summary>Each account named directly or through a resource under it, once, in the incident's order.</summary>
    public static IReadOnlyList<string> Accounts(IEnumerable<string> assetIds) =>
        [.. assetIds.Select(Parse).Select(AccountOf).OfType<ResourceIdentifier>().Select(a => a.ToString()).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Each model deployment named, once; an account alone names none of its deployments.</summary>
    public static IReadOnlyList<string> Deployments(IEnumerable<string> assetIds) =>
        [.. assetIds.Select(Parse).Where(id => Is(id, DeploymentType)).Select(id => id!.ToString()).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The account's name (the last segment of its id), for summaries people read.</summary>
    public static string NameOf(string id) => id[(id.TrimEnd('/').LastIndexOf('/') + 1)..];

    private static ResourceIdentifier? Parse(string assetId) =>
        assetId.StartsWith("/subscriptions/", StringComparison.OrdinalIgnoreCase) && ResourceIdentifier.TryParse(assetId, out var id) ? id : null;

    private static ResourceIdentifier? AccountOf(ResourceIdentifier? id)
    {
        for (var current = id; current is not null; current = current.Parent)
        {
            if (Is(current, AccountType))
            {
                return current;
            }
        }

        return null;
    }

    private static bool Is(ResourceIdentifier? id, string type) =>
        id is not null && string.Equals(id.ResourceType.ToString(), type, StringComparison.OrdinalIgnoreCase);
}

namespace AiSec.Discovery.Collectors;

/// <summary>
/// Scopes are slash-separated paths from the widest to the narrowest container, e.g. an ARM subscription
/// <c>/subscriptions/s1</c> contains the account <c>/subscriptions/s1/resourceGroups/rg/providers/.../accounts/a</c>,
/// and <c>aws/123456789012/us-east-1</c> contains nothing but itself. The empty scope contains everything.
/// </summary>
public static class AssetScope
{
    public const string Everything = "";

    public static bool Contains(string scope, string? candidate) =>
        scope.Length == 0
        || (candidate is not null
            && candidate.StartsWith(scope, StringComparison.OrdinalIgnoreCase)
            && (candidate.Length == scope.Length || candidate[scope.Length] == '/' || scope.EndsWith('/')));
}

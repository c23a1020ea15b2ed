using AiSec.Shared.Assets;

namespace AiSec.Discovery.Collectors;

/// <summary>
/// What one collector run saw. <see cref="Failures"/> name the scopes it could not read; registry assets inside a
/// failed scope become <c>unknown</c>, while assets in scopes that were read but no longer contain them become
/// <c>missing</c>.
/// </summary>
public sealed record CollectionResult(IReadOnlyList<AiAsset> Assets, IReadOnlyList<ScopeFailure> Failures)
{
    /// <summary>Problems that did not stop the scan (an unreadable sub-folder, a malformed file).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static CollectionResult FailedEntirely(string error) => new([], [new ScopeFailure(AssetScope.Everything, error)]);

    public bool CoversFailedScope(string? assetScope) =>
        Failures.Any(f => AssetScope.Contains(f.Scope, assetScope));
}

/// <summary>A scope (subscription, account, region, folder) the collector could not read, and why.</summary>
public sealed record ScopeFailure(string Scope, string Error);

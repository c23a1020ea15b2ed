namespace AiSec.Discovery.Registry;

/// <summary>An asset's open compliance gaps (<see cref="AiSec.Shared.Assets.ComplianceGaps"/>).</summary>
public sealed record AssetGaps(string Id, string Name, IReadOnlyList<string> Gaps);

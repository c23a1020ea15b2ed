using Microsoft.Extensions.Configuration;

namespace AiSec.Discovery.Collectors;

/// <summary>
/// App settings carry a list as one value (<c>"sub1,sub2"</c>, as the Bicep deployment writes them), while JSON
/// configuration uses arrays. A non-empty single value wins and is split on commas and semicolons.
/// </summary>
public static class SettingLists
{
    public static string[]? Joined(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } joined
            ? joined.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;
}

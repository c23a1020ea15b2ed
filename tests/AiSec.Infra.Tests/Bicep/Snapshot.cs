using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AiSec.Infra.Tests.Bicep;

/// <summary>The resources one deployment would create, as <c>bicep snapshot</c> predicts them.</summary>
internal sealed class Snapshot(IReadOnlyList<JsonObject> resources)
{
    public IReadOnlyList<JsonObject> Resources { get; } = resources;

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Single(string type) => Assert.Single(OfType(type));

    /// <summary>Names of the child resources of a type (the last segment: the table, queue or container name).</summary>
    public IReadOnlyList<string> ChildNames(string type) => OfType(type).Select(r => ((string)r["name"]!).Split('/')[^1]).ToList();

    /// <summary>The Functions app's settings (the sites/config resource named appsettings).</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        Single("Microsoft.Web/sites/config", "appsettings")["properties"]!.AsObject()
            .ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);

    public JsonObject Single(string type, string lastNameSegment) =>
        Assert.Single(OfType(type), r => ((string)r["name"]!).Split('/')[^1] == lastNameSegment);

    public IReadOnlyList<RoleAssignment> RoleAssignments =>
        OfType("Microsoft.Authorization/roleAssignments").Select(RoleAssignment.From).ToList();
}

/// <summary>A role assignment: what it grants (the built-in role's id), to whom, and where.</summary>
internal sealed partial record RoleAssignment(string Scope, string RoleId, string PrincipalType, string PrincipalId)
{
    public static RoleAssignment From(JsonObject resource)
    {
        var properties = resource["properties"]!;
        var roleDefinition = (string)properties["roleDefinitionId"]!;
        return new RoleAssignment(
            ScopeOf((string)resource["id"]!),
            roleDefinition[(roleDefinition.LastIndexOf('/') + 1)..],
            (string)properties["principalType"]!,
            (string)properties["principalId"]!);
    }

    /// <summary>
    /// The scope of an assignment id, literal (<c>{scope}/providers/Microsoft.Authorization/roleAssignments/{guid}</c>)
    /// or still an expression because its name depends on a principal id known only after deployment.
    /// </summary>
    private static string ScopeOf(string id)
    {
        if (ExtensionResourceId().Match(id) is { Success: true } extension)
        {
            return extension.Groups["scope"].Value;
        }

        if (ResourceGroupResourceId().Match(id) is { Success: true } inResourceGroup)
        {
            return $"/subscriptions/{inResourceGroup.Groups["subscription"].Value}/resourceGroups/{inResourceGroup.Groups["group"].Value}";
        }

        var marker = id.IndexOf("/providers/Microsoft.Authorization/roleAssignments/", StringComparison.OrdinalIgnoreCase);
        Assert.True(marker > 0 && !id.StartsWith('['), $"unrecognised role assignment id {id}");
        return id[..marker];
    }

    [GeneratedRegex(@"^\[extensionResourceId\('(?<scope>[^']+)', 'Microsoft\.Authorization/roleAssignments'")]
    private static partial Regex ExtensionResourceId();

    [GeneratedRegex(@"^\[resourceId\('(?<subscription>[^']+)', '(?<group>[^']+)', 'Microsoft\.Authorization/roleAssignments'")]
    private static partial Regex ResourceGroupResourceId();
}

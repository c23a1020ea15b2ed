namespace AiSec.Playbooks.Approvals;

/// <summary>
/// The <c>Playbooks:Roles</c> section: each playbook role (<c>on_call_engineer</c>, <c>ciso</c> …) mapped to the Entra
/// group whose members may decide its steps (<c>Playbooks:Roles:&lt;role&gt;:GroupId</c>).
/// </summary>
public sealed class RoleOptions
{
    public const string SectionName = "Playbooks:Roles";

    public Dictionary<string, RoleGroup> Roles { get; } = new(StringComparer.Ordinal);
}

public sealed class RoleGroup
{
    /// <summary>The Entra group's object id.</summary>
    public string? GroupId { get; set; }
}

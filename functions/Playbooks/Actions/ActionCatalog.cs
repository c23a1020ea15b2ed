namespace AiSec.Playbooks.Actions;

/// <summary>The named actions this product can run (the schema's <c>actionName</c> list), resolved by name.</summary>
public sealed class ActionCatalog(IEnumerable<IPlaybookAction> actions)
{
    private readonly Dictionary<string, IPlaybookAction> _byName = actions.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public IPlaybookAction Get(string name) =>
        _byName.TryGetValue(name, out var action) ? action : throw new InvalidOperationException($"No action named '{name}' is registered.");
}

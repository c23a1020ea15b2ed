using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Definitions;

/// <summary>
/// Every category's playbook: the ones shipped in the assembly (<c>Definitions/Library</c>), each replaceable by a file
/// of the same category in <c>Playbooks:Directory</c>. Loaded once; a malformed file stops the start-up with its
/// file, line and field (<see cref="PlaybookValidationException"/>).
/// </summary>
public sealed class PlaybookCatalog
{
    private const string LibraryPrefix = "AiSec.Playbooks.Definitions.Library.";

    private readonly Dictionary<string, LoadedPlaybook> _byCategory;

    public PlaybookCatalog(IOptions<PlaybooksOptions> options)
        : this(options.Value.Directory)
    {
    }

    public PlaybookCatalog(string? overrideDirectory)
    {
        var loaded = Shipped().ToDictionary(p => p.Playbook.Category, StringComparer.Ordinal);
        var problems = new List<PlaybookProblem>();
        var overridden = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, text) in OverrideFiles(overrideDirectory))
        {
            try
            {
                var playbook = PlaybookReader.Read(file, text);
                if (overridden.TryGetValue(playbook.Category, out var other))
                {
                    problems.Add(new PlaybookProblem(file, 1, "category", $"'{playbook.Category}' is also defined in {other}; one file per category"));
                    continue;
                }

                overridden[playbook.Category] = file;
                loaded[playbook.Category] = new LoadedPlaybook(playbook, file);
            }
            catch (PlaybookValidationException ex)
            {
                problems.AddRange(ex.Problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new PlaybookValidationException(problems);
        }

        var missing = IncidentCategory.All.Where(c => !loaded.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No playbook for {string.Join(", ", missing)}: the product ships one per category.");
        }

        _byCategory = loaded;
    }

    public IReadOnlyList<LoadedPlaybook> All => IncidentCategory.All.Select(c => _byCategory[c]).ToList();

    public LoadedPlaybook Get(string category) =>
        _byCategory.TryGetValue(category, out var playbook)
            ? playbook
            : throw new ArgumentException($"'{category}' is not an incident category; use one of {string.Join(", ", IncidentCategory.All)}.", nameof(category));

    private static IEnumerable<LoadedPlaybook> Shipped()
    {
        var assembly = typeof(PlaybookCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(LibraryPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var file = "(shipped) " + name[LibraryPrefix.Length..];
            yield return new LoadedPlaybook(PlaybookReader.Read(file, reader.ReadToEnd()), file);
        }
    }

    private static IEnumerable<(string File, string Text)> OverrideFiles(string? directory)
    {
        if (string.IsNullOrEmpty(directory))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(directory).Where(IsPlaybookFile).Order(StringComparer.Ordinal))
        {
            yield return (file, File.ReadAllText(file));
        }
    }

    private static bool IsPlaybookFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml" or ".json";
}

/// <summary>A playbook with the file it came from.</summary>
public sealed record LoadedPlaybook(Playbook Playbook, string Source);

using AiSec.Playbooks.Definitions;

namespace AiSec.Playbooks.Tests;

/// <summary>The shipped playbooks load and are complete; a bad file says file, line and field.</summary>
public sealed class PlaybookCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aisec-playbooks-").FullName;

    [Fact]
    public void Ships_one_valid_playbook_for_every_category()
    {
        var catalog = new PlaybookCatalog(overrideDirectory: null);

        Assert.Equal(IncidentCategory.All.Order(StringComparer.Ordinal), catalog.All.Select(p => p.Playbook.Category).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void Every_shipped_playbook_is_written_to_depth(string category)
    {
        var playbook = new PlaybookCatalog(overrideDirectory: null).Get(category).Playbook;

        Assert.True(playbook.Steps.Count >= 6, $"{category} has {playbook.Steps.Count} steps");
        Assert.NotEmpty(playbook.Sources);
        Assert.NotEmpty(playbook.DetectionRules);
        Assert.NotEmpty(playbook.ContainmentActions);
        Assert.NotEmpty(playbook.EvidenceToCollect);
        Assert.NotEmpty(playbook.NotificationRequirements);
        foreach (var phase in new[] { Phase.Detection, Phase.Containment, Phase.Eradication, Phase.Recovery, Phase.LessonsLearned })
        {
            Assert.Contains(playbook.Steps, s => s.Phase == phase);
        }

        Assert.Contains(playbook.Steps, s => s.Automated);
        Assert.Contains(playbook.Steps, s => s.Escalation is not null);
    }

    public static TheoryData<string> Categories() => new(IncidentCategory.All);

    [Fact]
    public void A_file_in_the_override_folder_replaces_the_shipped_playbook_of_its_category()
    {
        var shipped = new PlaybookCatalog(overrideDirectory: null).Get(IncidentCategory.JailbreakBypass).Playbook;
        var text = File.ReadAllText(ShippedFile(IncidentCategory.PromptInjectionExploitation)).Replace("name: Prompt injection exploitation", "name: Our own injection response", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "ours.yaml"), text);

        var catalog = new PlaybookCatalog(_folder);

        Assert.Equal("Our own injection response", catalog.Get(IncidentCategory.PromptInjectionExploitation).Playbook.Name);
        Assert.EndsWith("ours.yaml", catalog.Get(IncidentCategory.PromptInjectionExploitation).Source, StringComparison.Ordinal);
        Assert.Equal(shipped.Name, catalog.Get(IncidentCategory.JailbreakBypass).Playbook.Name);
    }

    [Theory]
    [InlineData("category: prompt_injection_exploitation\nname: x\n  bad indent: [", 3, "(file)")]
    [InlineData(MinimalHead + "steps:\n  - number: 1\n    phase: containment\n    action: Do it\n    responsible_role: on_call_engineer\n    automated: true\n    timeout_minutes: 5\n", 6, "steps[0]")]
    [InlineData(MinimalHead + "steps:\n  - number: 1\n    phase: cleanup\n    action: Do it\n    responsible_role: on_call_engineer\n    automated: false\n    timeout_minutes: 5\n", 7, "steps[0].phase")]
    [InlineData(MinimalHead + "steps:\n  - number: 2\n    phase: detection\n    action: Look\n    responsible_role: on_call_engineer\n    automated: false\n    timeout_minutes: 5\n", 6, "steps[0].number")]
    [InlineData(MinimalHead + "steps:\n  - number: 1\n    phase: detection\n    action: Look\n    responsible_role: on_call_engineer\n    automated: false\n    timeout_minutes: -1\n", 11, "steps[0].timeout_minutes")]
    [InlineData(MinimalHead + "colour: blue\nsteps: []\n", 5, "colour")]
    [InlineData(MinimalHead + "severity_escalation:\n  sev1:\n    - role: ciso\n      after_minutes: 15\n    - role: legal\n      after_minutes: 5\n" + OneStep, 10, "severity_escalation.sev1[1].after_minutes")]
    [InlineData(MinimalHead + "severity_escalation:\n  sev1:\n    - role: ciso\n      after: 15\n" + OneStep, 7, "severity_escalation.sev1[0]")]
    [InlineData(MinimalHead + "severity_escalation:\n  sev5:\n    - role: ciso\n      after_minutes: 15\n" + OneStep, 6, "severity_escalation.sev5")]
    public void A_malformed_file_is_refused_with_file_line_and_field(string text, int line, string field)
    {
        var file = Path.Combine(_folder, "bad.yaml");
        File.WriteAllText(file, text);

        var error = Assert.Throws<PlaybookValidationException>(() => new PlaybookCatalog(_folder));

        Assert.True(error.Problems.Any(p => p.File == file && p.Line == line && p.Field == field), error.Message);
        Assert.Contains($"{file}:{line}: {field}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_for_one_category_are_refused()
    {
        var text = File.ReadAllText(ShippedFile(IncidentCategory.PromptInjectionExploitation));
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), text);
        File.WriteAllText(Path.Combine(_folder, "b.yaml"), text);

        var error = Assert.Throws<PlaybookValidationException>(() => new PlaybookCatalog(_folder));

        Assert.Contains("one file per category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_published_schema_is_the_one_the_reader_enforces()
    {
        var published = File.ReadAllText(Path.Combine(AiSec.Testing.RepositoryPaths.Root, "functions", "Playbooks", "Definitions", "playbook.schema.json"));

        Assert.Equal(published, PlaybookReader.SchemaText);
    }

    private const string OneStep = "steps:\n  - number: 1\n    phase: detection\n    action: Look\n    responsible_role: on_call_engineer\n    automated: false\n    timeout_minutes: 5\n";

    private const string MinimalHead = "category: prompt_injection_exploitation\nname: Minimal\ndescription: A minimal playbook for tests\ndefault_severity: sev3\n";

    private static string ShippedFile(string category) =>
        Path.Combine(AiSec.Testing.RepositoryPaths.Root, "functions", "Playbooks", "Definitions", "Library", category + ".yaml");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

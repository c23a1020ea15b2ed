using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;

namespace AiSec.Playbooks.Definitions;

/// <summary>
/// Reads one playbook file (YAML or JSON): well-formed, valid against <c>playbook.schema.json</c>, and consistent
/// (steps numbered 1..n in order, automated steps naming an action the product has, escalations that say what they
/// do, severity chains whose minutes rise). Every problem names the file, line and field.
/// </summary>
public static class PlaybookReader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>The published JSON Schema of a playbook file.</summary>
    public static string SchemaText { get; } = ReadResource("playbook.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SchemaText));

    public static Playbook Read(string file, string text)
    {
        YamlDocument document;
        try
        {
            document = YamlDocument.Parse(text);
        }
        catch (YamlException ex)
        {
            throw new PlaybookValidationException([new PlaybookProblem(file, (int)ex.Start.Line, "(file)", $"not valid YAML or JSON: {ex.Message}")]);
        }

        if (document.Root is not JsonObject root)
        {
            throw new PlaybookValidationException([new PlaybookProblem(file, 1, "(file)", "a playbook is a mapping of fields (category, name, steps, …)")]);
        }

        var problems = SchemaProblems(file, document, root).ToList();
        if (problems.Count > 0)
        {
            throw new PlaybookValidationException(problems);
        }

        var playbook = root.Deserialize<Playbook>(Json)!;
        problems.AddRange(ConsistencyProblems(file, document, playbook));
        return problems.Count > 0 ? throw new PlaybookValidationException(problems) : playbook;
    }

    private static IEnumerable<PlaybookProblem> SchemaProblems(string file, YamlDocument document, JsonObject root)
    {
        using var json = JsonDocument.Parse(root.ToJsonString());
        var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        // An "if" that does not match is not a problem: only what the "then" demands is.
        foreach (var detail in (result.Details ?? []).Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal)))
        {
            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors!)
            {
                // "if/then" failures repeat the inner "required" error; one line per field and message is enough.
                if (keyword is "if" or "then" or "$ref" || !seen.Add($"{pointer}|{message}"))
                {
                    continue;
                }

                yield return new PlaybookProblem(file, document.LineOf(pointer), FieldName(pointer), message);
            }
        }
    }

    private static IEnumerable<PlaybookProblem> ConsistencyProblems(string file, YamlDocument document, Playbook playbook)
    {
        foreach (var (severity, chain) in playbook.SeverityEscalation)
        {
            for (var i = 1; i < chain.Count; i++)
            {
                if (chain[i].AfterMinutes <= chain[i - 1].AfterMinutes)
                {
                    yield return new PlaybookProblem(file, document.LineOf($"/severity_escalation/{severity}/{i}/after_minutes"), $"severity_escalation.{severity}[{i}].after_minutes",
                        $"after_minutes rise along the chain (minutes since the step started waiting); {chain[i].AfterMinutes:0.##} does not come after {chain[i - 1].AfterMinutes:0.##}");
                }
            }
        }

        for (var i = 0; i < playbook.Steps.Count; i++)
        {
            var step = playbook.Steps[i];
            var at = $"/steps/{i}";
            if (step.Number != i + 1)
            {
                yield return new PlaybookProblem(file, document.LineOf(at + "/number"), $"steps[{i}].number", $"steps are numbered 1, 2, 3 … in order; expected {i + 1}, found {step.Number}");
            }

            if (!step.Automated && step.Run is not null && !step.RequiresApproval)
            {
                yield return new PlaybookProblem(file, document.LineOf(at + "/run"), $"steps[{i}].run", "a human step runs no action; set automated: true (with requires_approval: true if a person must approve it first)");
            }

            if (step.Escalation is { Notify.Count: 0, RaiseSeverityTo: null })
            {
                yield return new PlaybookProblem(file, document.LineOf(at + "/escalation"), $"steps[{i}].escalation", "an escalation notifies at least one role or raises the severity");
            }

            if (step.Run is { } run && !playbook.ContainmentActions.Contains(run, StringComparer.Ordinal) && step.Phase == Phase.Containment)
            {
                yield return new PlaybookProblem(file, document.LineOf(at + "/run"), $"steps[{i}].run", $"'{run}' is not listed in containment_actions");
            }
        }
    }

    /// <summary>"/steps/2/run" → "steps[2].run".</summary>
    private static string FieldName(string pointer)
    {
        if (pointer.Length == 0)
        {
            return "(top level)";
        }

        var parts = pointer.TrimStart('/').Split('/').Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        var name = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            name.Append(int.TryParse(part, out var index) ? $"[{index}]" : (name.Length == 0 ? part : "." + part));
        }

        return name.ToString();
    }

    private static string ReadResource(string name)
    {
        var assembly = typeof(PlaybookReader).Assembly;
        using var stream = assembly.GetManifestResourceStream($"AiSec.Playbooks.Definitions.{name}")
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

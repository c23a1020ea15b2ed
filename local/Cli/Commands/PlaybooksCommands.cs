using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Playbooks;
using AiSec.Playbooks.Definitions;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec playbooks list|show|validate</c>: the incident playbooks, shipped or from Playbooks:Directory (no storage).</summary>
public static class PlaybooksCommands
{
    public static Command Create()
    {
        var command = new Command("playbooks", "The incident-response playbooks: one per category, as data.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Validate());
        return command;
    }

    private static Command List()
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List the playbooks in force (shipped, or replaced from Playbooks:Directory).") { json };
        return command.WithHandler((parse, _) =>
        {
            var playbooks = Catalog().All;
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(playbooks.Select(p => new
                {
                    p.Playbook.Category,
                    p.Playbook.Name,
                    defaultSeverity = p.Playbook.DefaultSeverity,
                    steps = p.Playbook.Steps.Count,
                    automated = p.Playbook.Steps.Count(s => s.Automated),
                    source = p.Source,
                }));
            }
            else
            {
                var table = new Table().AddColumns("category", "name", "severity", "steps", "automated", "source");
                foreach (var p in playbooks)
                {
                    table.AddRow(p.Playbook.Category, Markup.Escape(p.Playbook.Name), p.Playbook.DefaultSeverity, p.Playbook.Steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        p.Playbook.Steps.Count(s => s.Automated).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(p.Source));
                }

                AnsiConsole.Write(table);
            }

            return Task.FromResult(ExitCodes.Success);
        });
    }

    private static Command Show()
    {
        var category = new Argument<string>("category") { Description = $"One of {string.Join(", ", IncidentCategory.All)}." };
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one playbook: detection rules, containment actions, notifications and steps.") { category, json };
        return command.WithHandler((parse, _) =>
        {
            var name = parse.GetValue(category)!;
            if (!IncidentCategory.IsKnown(name))
            {
                throw new CliUsageException($"'{name}' is not one of {string.Join(", ", IncidentCategory.All)}");
            }

            var loaded = Catalog().Get(name);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { playbook = loaded.Playbook, source = loaded.Source });
                return Task.FromResult(ExitCodes.Success);
            }

            var p = loaded.Playbook;
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(p.Name)}[/] ({p.Category}, default {p.DefaultSeverity}) — {Markup.Escape(loaded.Source)}");
            AnsiConsole.WriteLine(p.Description);
            var steps = new Table().AddColumns("#", "phase", "action", "role", "how", "timeout", "escalation");
            foreach (var s in p.Steps)
            {
                var how = s.Automated ? (s.RequiresApproval ? $"{s.Run} after approval" : s.Run!) : "person";
                var escalation = s.Escalation is null ? "" : $"on {string.Join("/", s.Escalation.On)} → {string.Join(" → ", s.Escalation.Notify)}{(s.Escalation.RaiseSeverityTo is { } to ? $", raise to {to}" : "")}";
                steps.AddRow(s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Phase, Markup.Escape(s.Action), s.ResponsibleRole, Markup.Escape(how),
                    $"{s.TimeoutMinutes:0.##} min", Markup.Escape(escalation));
            }

            AnsiConsole.Write(steps);
            foreach (var n in p.NotificationRequirements)
            {
                AnsiConsole.WriteLine($"notify {n.Role} within {n.WithinMinutes} min" + (n.Severities.Count > 0 ? $" for {string.Join("/", n.Severities)}" : "") + (n.Condition is null ? "" : $" ({n.Condition})"));
            }

            foreach (var (severity, chain) in p.SeverityEscalation.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                AnsiConsole.WriteLine($"{severity} escalation (steps without their own): " + string.Join(" → ", chain.Select(l => $"{l.Role} after {l.AfterMinutes:0.##} min")));
            }

            return Task.FromResult(ExitCodes.Success);
        });
    }

    private static Command Validate()
    {
        var path = new Argument<string>("path") { Description = "A playbook file (YAML or JSON) or a folder of them." };
        var json = CommonOptions.Json();
        var command = new Command("validate", "Check playbook files against the schema and the product's rules; exit 2 naming file, line and field.") { path, json };
        return command.WithHandler((parse, _) =>
        {
            var target = parse.GetValue(path)!;
            var files = Directory.Exists(target)
                ? Directory.EnumerateFiles(target).Where(f => Path.GetExtension(f).ToLowerInvariant() is ".yaml" or ".yml" or ".json").Order(StringComparer.Ordinal).ToList()
                : File.Exists(target) ? [target] : throw new CliUsageException($"'{target}' is neither a file nor a folder");
            var problems = new List<PlaybookProblem>();
            var valid = new List<string>();
            foreach (var file in files)
            {
                try
                {
                    valid.Add($"{file}: {PlaybookReader.Read(file, File.ReadAllText(file)).Category}");
                }
                catch (PlaybookValidationException ex)
                {
                    problems.AddRange(ex.Problems);
                }
            }

            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { valid = problems.Count == 0, files = files.Count, problems });
            }
            else
            {
                valid.ForEach(Console.Out.WriteLine);
                problems.ForEach(p => Console.Error.WriteLine($"aisec: error: {p}"));
            }

            return Task.FromResult(problems.Count == 0 && files.Count > 0 ? ExitCodes.Success : ExitCodes.Usage);
        });
    }

    private static PlaybookCatalog Catalog()
    {
        var directory = CliHost.LoadConfiguration()[$"{PlaybooksOptions.SectionName}:Directory"];
        try
        {
            return new PlaybookCatalog(string.IsNullOrEmpty(directory) ? null : directory);
        }
        catch (PlaybookValidationException ex)
        {
            throw new CliUsageException($"the playbooks in {directory} are not valid: {ex.Message}");
        }
    }
}

using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail.Admin;
using AiSec.Guardrail.EmergencyRules;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec guard rules add|list|remove</c>: emergency rules every instance enforces within seconds.</summary>
public static class GuardRulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "Manage emergency rules (exact text or regex, per app or global, with expiry).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command Add()
    {
        var pattern = new Argument<string>("pattern") { Description = "Text to block (or a regex with --regex)." };
        var regex = new Option<bool>("--regex") { Description = "Treat the pattern as a regular expression." };
        var app = new Option<string>("--app") { Description = "Only for this app (default: every app).", DefaultValueFactory = _ => EmergencyRule.AllApps };
        var expires = new Option<string?>("--expires") { Description = "When it stops applying: ISO date-time or a duration such as 2h, 30m, 7d." };
        var description = new Option<string?>("--description") { Description = "Why the rule exists." };
        var json = CommonOptions.Json();
        var command = new Command("add", "Add an emergency rule (validated: compiles, bounded run time).") { pattern, regex, app, expires, description, json };
        return command.WithHandler(async (parse, ct) =>
        {
            var request = new EmergencyRuleRequest(parse.GetValue(pattern)!, parse.GetValue(regex), parse.GetValue(app)!, parse.GetValue(expires), parse.GetValue(description));
            await using var host = await CliHost.StartAsync(ct);
            var rule = await host.Get<GuardrailAdmin>().AddRuleAsync(request, CliActor.Current, ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(rule);
            }
            else
            {
                Console.Out.WriteLine(rule.Id);
            }

            return ExitCodes.Success;
        });
    }

    private static Command List()
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List emergency rules.") { json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var rules = await host.Get<GuardrailAdmin>().ListRulesAsync(ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(rules);
            }
            else
            {
                var table = new Table().AddColumns("id", "app", "pattern", "regex", "expires");
                foreach (var r in rules)
                {
                    table.AddRow(r.Id, Markup.Escape(r.App), Markup.Escape(r.Pattern), r.IsRegex ? "yes" : "no", r.ExpiresAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "never");
                }

                AnsiConsole.Write(table);
            }

            return ExitCodes.Success;
        });
    }

    private static Command Remove()
    {
        var id = new Argument<string>("id") { Description = "Rule id." };
        var command = new Command("remove", "Remove an emergency rule.") { id };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var removed = await host.Get<GuardrailAdmin>().RemoveRuleAsync(parse.GetValue(id)!, CliActor.Current, ct)
                ?? throw new CliFailureException($"no rule with id '{parse.GetValue(id)}'");
            CliOutput.Info($"removed {removed.Id}");
            return ExitCodes.Success;
        });
    }
}

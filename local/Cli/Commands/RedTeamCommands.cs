using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Program.Admin;
using AiSec.Program.RedTeam;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec redteam add|finding|remediate|list</c>: red-team engagements and their findings.</summary>
public static class RedTeamCommands
{
    public static Command Create()
    {
        var command = new Command("redteam", "Red-team engagements and findings (the red-teaming maturity and remediation rate).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Finding());
        command.Subcommands.Add(Remediate());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = "What the engagement was.", Required = true };
        var date = new Option<DateTimeOffset>("--date") { Description = "When it took place (ISO date, not in the future).", Required = true };
        var lead = new Option<string>("--lead") { Description = "Who led it.", Required = true };
        var scope = new Option<string[]>("--scope") { Description = "A registered asset it covered (repeatable).", AllowMultipleArgumentsPerToken = false };
        var json = CommonOptions.Json();
        var command = new Command("add", "Record an engagement that took place; prints its id.") { name, date, lead, scope, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var engagement = await host.Get<RedTeamAdmin>().AddEngagementAsync(
                new EngagementRequest(parse.GetValue(name)!, parse.GetValue(date), parse.GetValue(lead)!, parse.GetValue(scope) ?? []), CliActor.Current, ct);
            Print(parse.GetValue(json), engagement, engagement.Id);
            return ExitCodes.Success;
        });
    }

    private static Command Finding()
    {
        var engagement = new Argument<string>("engagement") { Description = "The engagement id ('aisec redteam list')." };
        var title = new Option<string>("--title") { Description = "What was found.", Required = true };
        var severity = new Option<string>("--severity") { Description = "critical, high, medium or low.", Required = true };
        var asset = new Option<string?>("--asset") { Description = "The registered asset it concerns." };
        var due = new Option<DateTimeOffset?>("--due") { Description = "When it must be remediated (ISO date, in the future)." };
        var json = CommonOptions.Json();
        var command = new Command("finding", "Record a finding of an engagement; prints its id.") { engagement, title, severity, asset, due, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var finding = await host.Get<RedTeamAdmin>().AddFindingAsync(
                new FindingRequest(parse.GetValue(engagement)!, parse.GetValue(title)!, parse.GetValue(severity)!, parse.GetValue(asset), parse.GetValue(due)), CliActor.Current, ct);
            Print(parse.GetValue(json), finding, finding.Id);
            return ExitCodes.Success;
        });
    }

    private static Command Remediate()
    {
        var finding = new Argument<string>("finding") { Description = "The finding id." };
        var by = new Option<string>("--by") { Description = "Who remediated it.", Required = true };
        var note = new Option<string?>("--note") { Description = "How." };
        var json = CommonOptions.Json();
        var command = new Command("remediate", "Mark a finding remediated.") { finding, by, note, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var remediated = await host.Get<RedTeamAdmin>().RemediateAsync(
                new RemediationRequest(parse.GetValue(finding)!, parse.GetValue(by)!, parse.GetValue(note)), CliActor.Current, ct);
            Print(parse.GetValue(json), remediated, $"{remediated.Id} remediated by {remediated.RemediatedBy} on {remediated.RemediatedAt:yyyy-MM-dd}");
            return ExitCodes.Success;
        });
    }

    private static Command List()
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "Engagements (newest first) and findings (open first).") { json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var records = host.Get<RedTeamRecords>();
            var engagements = await records.EngagementsAsync(ct);
            var findings = await records.FindingsAsync(ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { engagements, findings });
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("engagement", "date", "name", "lead", "scope");
            foreach (var e in engagements)
            {
                table.AddRow(e.Id, $"{e.Date:yyyy-MM-dd}", Markup.Escape(e.Name), Markup.Escape(e.Lead), $"{e.Scope.Count} asset(s)");
            }

            AnsiConsole.Write(table);
            var open = new Table().AddColumns("finding", "engagement", "severity", "status", "due", "title");
            foreach (var f in findings)
            {
                open.AddRow(f.Id, f.EngagementId, f.Severity, f.IsRemediated ? "remediated" : "open", f.DueAt is { } d ? $"{d:yyyy-MM-dd}" : "", Markup.Escape(f.Title));
            }

            AnsiConsole.Write(open);
            return ExitCodes.Success;
        });
    }

    private static void Print<T>(bool json, T record, string line)
    {
        if (json)
        {
            CliOutput.WriteJson(record);
        }
        else
        {
            Console.Out.WriteLine(line);
        }
    }
}

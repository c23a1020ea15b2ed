using System.CommandLine;
using System.Globalization;
using AiSec.Cli.Infrastructure;
using AiSec.Playbooks.Definitions;
using AiSec.Playbooks.Http;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Orchestration;
using AiSec.Shared.Admin;
using Microsoft.DurableTask.Client;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary>
/// <c>aisec incidents open|list|show|timeline|approve|close</c>: incidents and their playbooks. Commands that start or
/// signal a playbook talk to the task hub through Durable Task's own client; the running host's worker does the work.
/// </summary>
public static class IncidentsCommands
{
    public static Command Create()
    {
        var command = new Command("incidents", "Open, follow, decide and close incidents (each runs its category's playbook).");
        command.Subcommands.Add(Open());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Timeline());
        command.Subcommands.Add(Approve());
        command.Subcommands.Add(Close());
        return command;
    }

    private static Command Open()
    {
        var category = new Option<string>("--category") { Description = $"One of {string.Join(", ", IncidentCategory.All)}.", Required = true };
        var severity = new Option<string?>("--severity") { Description = "sev1 (most severe) to sev4; default: the playbook's." };
        var title = new Option<string>("--title") { Description = "What happened, in one line.", Required = true };
        var description = new Option<string?>("--description") { Description = "More detail." };
        var assets = new Option<string[]>("--asset") { Description = "An affected asset's registry id (repeatable).", AllowMultipleArgumentsPerToken = false };
        var payload = new Option<string?>("--payload") { Description = "The attack text, if known (an emergency guardrail rule is made from it)." };
        var users = new Option<string[]>("--user") { Description = "An Entra user (object id or UPN) involved (repeatable)." };
        var agents = new Option<string[]>("--agent") { Description = "An agent's Entra service principal id (repeatable)." };
        var apps = new Option<string[]>("--app") { Description = "A guardrail app involved (repeatable)." };
        var keys = new Option<string[]>("--key-id") { Description = "A guardrail API key id the attacker used (repeatable)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Drill: automated actions say what they would do instead of doing it." };
        var json = CommonOptions.Json();
        var command = new Command("open", "Open an incident and start its playbook.") { category, severity, title, description, assets, payload, users, agents, apps, keys, dryRun, json };
        return command.WithHandler(async (parse, ct) =>
        {
            var request = new OpenIncidentRequest
            {
                Category = parse.GetValue(category)!,
                Severity = parse.GetValue(severity),
                Title = parse.GetValue(title)!,
                Description = parse.GetValue(description),
                AffectedAssets = parse.GetValue(assets) ?? [],
                Payload = parse.GetValue(payload),
                Subjects = new IncidentSubjects
                {
                    UserIds = parse.GetValue(users) ?? [],
                    ServicePrincipalIds = parse.GetValue(agents) ?? [],
                    Apps = parse.GetValue(apps) ?? [],
                    ApiKeyIds = parse.GetValue(keys) ?? [],
                },
                DryRun = parse.GetValue(dryRun),
            };
            await using var host = await CliHost.StartAsync(ct, durable: true);
            var result = await host.Get<IncidentService>().OpenAsync(request, CliActor.Current, host.Get<DurableTaskClient>(), ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new OpenedIncident(result.Incident, result.Joined, result.Existing));
            }
            else
            {
                Console.Out.WriteLine(result.Incident.Id);
                CliOutput.Info(result.Joined ? $"joined the open incident {result.Incident.Id} ({result.Incident.Category}, within the dedupe window)"
                    : $"opened {result.Incident.Severity} {result.Incident.Category}; its playbook runs on the host ('aisec serve')");
            }

            return ExitCodes.Success;
        });
    }

    private static Command List()
    {
        var status = new Option<string?>("--status") { Description = "open, contained, resolved or closed." };
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Print CSV on stdout." };
        var command = new Command("list", "List incidents, newest first.") { status, json, csv };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var incidents = await host.Get<IncidentService>().ListAsync(parse.GetValue(status), ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(incidents);
            }
            else if (parse.GetValue(csv))
            {
                Console.Out.WriteLine("id,category,severity,status,title,detected_at,current_phase,assigned_to,contained_at,resolved_at,closed_at");
                foreach (var i in incidents)
                {
                    Console.Out.WriteLine(string.Join(',', i.Id, i.Category, i.Severity, i.Status, CliOutput.Csv(i.Title), Time(i.DetectedAt), i.CurrentPhase, i.AssignedTo, Time(i.ContainedAt), Time(i.ResolvedAt), Time(i.ClosedAt)));
                }
            }
            else
            {
                var table = new Table().AddColumns("id", "severity", "status", "category", "title", "detected", "waiting for");
                foreach (var i in incidents)
                {
                    table.AddRow(i.Id, i.Severity, i.Status, i.Category, Markup.Escape(i.Title), Time(i.DetectedAt), i.AssignedTo);
                }

                AnsiConsole.Write(table);
            }

            return ExitCodes.Success;
        });
    }

    private static Command Show()
    {
        var id = IdArgument();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show an incident: its fields, every step's status, and the timeline.") { id, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var service = host.Get<IncidentService>();
            var incident = await service.GetAsync(parse.GetValue(id)!, ct) ?? throw new CliUsageException($"no incident '{parse.GetValue(id)}'");
            var timeline = await service.TimelineAsync(incident.Id, ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new IncidentWithTimeline(incident, timeline));
                return ExitCodes.Success;
            }

            AnsiConsole.MarkupLine($"[bold]{incident.Id}[/] {incident.Severity} {incident.Category} — [bold]{incident.Status}[/]: {Markup.Escape(incident.Title)}");
            AnsiConsole.WriteLine($"detected {Time(incident.DetectedAt)} by {incident.DetectedBy}; contained {Time(incident.ContainedAt)}; resolved {Time(incident.ResolvedAt)}; closed {Time(incident.ClosedAt)}");
            if (incident.AffectedAssets.Count > 0)
            {
                AnsiConsole.WriteLine("assets: " + string.Join(", ", incident.AffectedAssets));
            }

            var steps = new Table().AddColumns("#", "phase", "action", "role", "status", "deadline", "outcome");
            foreach (var s in incident.Steps)
            {
                steps.AddRow(s.Number.ToString(CultureInfo.InvariantCulture), s.Phase, Markup.Escape(s.Action), s.Role, s.Status, Time(s.Deadline), Markup.Escape(s.Outcome ?? ""));
            }

            AnsiConsole.Write(steps);
            WriteTimeline(timeline);
            return ExitCodes.Success;
        });
    }

    private static Command Timeline()
    {
        var id = IdArgument();
        var json = CommonOptions.Json();
        var command = new Command("timeline", "The incident's timeline: signals, steps, actions, decisions, escalations, notices.") { id, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var timeline = await host.Get<IncidentService>().TimelineAsync(parse.GetValue(id)!, ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(timeline);
            }
            else
            {
                WriteTimeline(timeline);
            }

            return ExitCodes.Success;
        });
    }

    private static Command Approve()
    {
        var id = IdArgument();
        var step = new Option<int>("--step") { Description = "The waiting step's number.", Required = true };
        var asUser = new Option<string>("--as") { Description = "Who decides (recorded with your OS user: an operator with storage access).", Required = true };
        var reject = new Option<bool>("--reject") { Description = "Reject instead of approving." };
        var done = new Option<bool>("--done") { Description = "Mark a person's task done (instead of approve)." };
        var comment = new Option<string?>("--comment") { Description = "Why." };
        var json = CommonOptions.Json();
        var command = new Command("approve", "Decide a step that waits for a person: approve (default), --reject or --done.") { id, step, asUser, reject, done, comment, json };
        return command.WithHandler(async (parse, ct) =>
        {
            if (parse.GetValue(reject) && parse.GetValue(done))
            {
                throw new CliUsageException("--reject and --done exclude each other");
            }

            var decision = parse.GetValue(reject) ? StepDecisions.Reject : parse.GetValue(done) ? StepDecisions.Done : StepDecisions.Approve;
            var actor = Actor.Operator(parse.GetValue(asUser)!, Environment.UserName);
            await using var host = await CliHost.StartAsync(ct, durable: true);
            var incident = await host.Get<IncidentService>().DecideAsync(parse.GetValue(id)!, parse.GetValue(step), decision, actor, parse.GetValue(comment), host.Get<DurableTaskClient>(), ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { incident = incident.Id, step = parse.GetValue(step), decision, actor = actor.Name });
            }
            else
            {
                CliOutput.Info($"{decision} sent to {incident.Id} step {parse.GetValue(step)} as {actor.Name}");
            }

            return ExitCodes.Success;
        });
    }

    private static Command Close()
    {
        var id = IdArgument();
        var reason = new Option<string>("--reason") { Description = "Why it is closed.", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("close", "Close an incident (its playbook stops if it still runs).") { id, reason, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct, durable: true);
            var incident = await host.Get<IncidentService>().CloseAsync(parse.GetValue(id)!, parse.GetValue(reason)!, CliActor.Current, host.Get<DurableTaskClient>(), ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(incident);
            }
            else
            {
                CliOutput.Info($"closed {incident.Id}");
            }

            return ExitCodes.Success;
        });
    }

    private static Argument<string> IdArgument() => new("id") { Description = "Incident id (INC-yyyymmdd-xxxxxxxx)." };

    private static void WriteTimeline(IReadOnlyList<TimelineEntry> timeline)
    {
        var table = new Table().AddColumns("time", "kind", "step", "actor", "what");
        foreach (var e in timeline)
        {
            table.AddRow(Time(e.At), e.Kind, e.Step?.ToString(CultureInfo.InvariantCulture) ?? "", Markup.Escape(e.Actor), Markup.Escape(e.Message));
        }

        AnsiConsole.Write(table);
    }

    private static string Time(DateTimeOffset? time) => time?.ToString("u", CultureInfo.InvariantCulture) ?? "";
}

using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail.Admin;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec guard policy show|set --app X</c>: per-app policy, hot-reloaded by every instance.</summary>
public static class GuardPolicyCommand
{
    public static Command Create()
    {
        var command = new Command("policy", "Show or set an app's guardrail policy.");
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Set());
        return command;
    }

    private static Command Show()
    {
        var app = new Option<string>("--app") { Description = "Application name.", Required = true };
        var command = new Command("show", "Print the policy that applies to an app (the default when none is set), as JSON.") { app };
        return command.WithHandler(async (parse, ct) =>
        {
            var name = AppNames.Validate(parse.GetValue(app), "--app");
            await using var host = await CliHost.StartAsync(ct);
            CliOutput.WriteJson(await host.Get<GuardrailAdmin>().GetPolicyAsync(name, ct));
            return ExitCodes.Success;
        });
    }

    private static Command Set()
    {
        var app = new Option<string>("--app") { Description = "Application name.", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "Policy JSON (fields as 'policy show' prints them).", Required = true };
        var command = new Command("set", "Set an app's policy from a JSON file (validated; unknown fields are refused).") { app, file };
        return command.WithHandler(async (parse, ct) =>
        {
            var name = AppNames.Validate(parse.GetValue(app), "--app");
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliUsageException($"--file '{path.FullName}' does not exist");
            }

            // Read and validated before storage starts, so a mistake in the file costs nothing; the admin service
            // validates again, as it does for every caller.
            var policy = PolicyDocument.Read(await File.ReadAllTextAsync(path.FullName, ct));
            await using var host = await CliHost.StartAsync(ct);
            await host.Get<GuardrailAdmin>().SetPolicyAsync(name, policy, CliActor.Current, ct);
            CliOutput.Info($"policy for '{name}' saved; instances apply it within seconds");
            return ExitCodes.Success;
        });
    }
}

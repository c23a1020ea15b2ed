using System.CommandLine;
using System.Text.Json;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail.Policy;
using AiSec.Guardrail.State;

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

    public static string ValidApp(string app) =>
        app.Length is > 0 and <= 128 && !app.Any(char.IsControl) && !app.Any(c => c is '/' or '\\' or '#' or '?')
            ? app
            : throw new CliUsageException($"--app '{app}' must be 1 to 128 printable characters without / \\ # ?");

    private static Command Show()
    {
        var app = new Option<string>("--app") { Description = "Application name.", Required = true };
        var command = new Command("show", "Print the policy that applies to an app (the default when none is set), as JSON.") { app };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var policies = await host.Get<GuardrailStore>().LoadPoliciesAsync(ct);
            var policy = policies.TryGetValue(GuardrailStore.AppKey(parse.GetValue(app)!), out var p) ? p : GuardrailPolicy.Default;
            CliOutput.WriteJson(policy);
            return ExitCodes.Success;
        });
    }

    private static Command Set()
    {
        var app = new Option<string>("--app") { Description = "Application name.", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "Policy JSON (fields as 'policy show' prints them).", Required = true };
        var command = new Command("set", "Set an app's policy from a JSON file.") { app, file };
        return command.WithHandler(async (parse, ct) =>
        {
            var name = ValidApp(parse.GetValue(app)!);
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliUsageException($"--file '{path.FullName}' does not exist");
            }

            GuardrailPolicy policy;
            try
            {
                policy = JsonSerializer.Deserialize<GuardrailPolicy>(await File.ReadAllTextAsync(path.FullName, ct), CliOutput.Json)
                    ?? throw new CliUsageException("the policy file is empty");
            }
            catch (JsonException ex)
            {
                throw new CliUsageException($"{path.Name}: {ex.Message.Split(" LineNumber")[0]} (at {ex.Path})");
            }

            var invalid = policy.Actions.FirstOrDefault(a => !Decisions.All.Contains(a.Value));
            if (invalid.Key is not null)
            {
                throw new CliUsageException($"{path.Name}: actions.{invalid.Key} = '{invalid.Value}'; expected one of {string.Join(", ", Decisions.All)}");
            }

            if (policy.AttackThreshold is < 0 or > 1 || policy.DocumentThreshold is < 0 or > 1 || policy.LeakThreshold is < 0 or > 1)
            {
                throw new CliUsageException($"{path.Name}: thresholds must be between 0 and 1");
            }

            await using var host = await CliHost.StartAsync(ct);
            await host.Get<GuardrailStore>().SavePolicyAsync(name, policy, ct);
            CliOutput.Info($"policy for '{name}' saved; instances apply it within seconds");
            return ExitCodes.Success;
        });
    }
}

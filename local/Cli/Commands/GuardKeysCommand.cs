using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail.Admin;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec guard keys create|list|revoke</c>: per-app API keys, stored only as salted hashes.</summary>
public static class GuardKeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Manage per-app API keys for the guardrail endpoints.");
        command.Subcommands.Add(CreateKey());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Option<string> App(bool required) => new("--app") { Description = "Application name.", Required = required };

    private static Command CreateKey()
    {
        var app = App(required: true);
        var json = CommonOptions.Json();
        var command = new Command("create", "Create a key for an app; the key is printed once and never stored.") { app, json };
        return command.WithHandler(async (parse, ct) =>
        {
            var name = AppNames.Validate(parse.GetValue(app), "--app");
            await using var host = await CliHost.StartAsync(ct);
            var created = await host.Get<GuardrailAdmin>().CreateKeyAsync(name, CliActor.Current, ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { keyId = created.Info.KeyId, app = created.Info.App, key = created.Key });
            }
            else
            {
                Console.Out.WriteLine(created.Key);
                CliOutput.Info($"key {created.Info.KeyId} for app '{created.Info.App}': store it now, it cannot be shown again");
            }

            return ExitCodes.Success;
        });
    }

    private static Command List()
    {
        var app = App(required: false);
        var json = CommonOptions.Json();
        var command = new Command("list", "List keys (ids, apps, dates; never the keys).") { app, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var keys = await host.Get<GuardrailAdmin>().ListKeysAsync(parse.GetValue(app), ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(keys);
            }
            else
            {
                var table = new Table().AddColumns("key id", "app", "created", "status");
                foreach (var k in keys)
                {
                    table.AddRow(k.KeyId, Markup.Escape(k.App), k.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), k.Active ? "active" : "revoked");
                }

                AnsiConsole.Write(table);
            }

            return ExitCodes.Success;
        });
    }

    private static Command Revoke()
    {
        var id = new Argument<string>("key-id") { Description = "The key id (from 'keys list', or the part after 'aisec_')." };
        var app = App(required: false);
        var command = new Command("revoke", "Revoke a key; requests with it get 401 within seconds.") { id, app };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var keyId = parse.GetValue(id)!;
            var expected = parse.GetValue(app);
            var revoked = await host.Get<GuardrailAdmin>().RevokeKeyAsync(keyId, expected, CliActor.Current, ct)
                ?? throw new CliFailureException(expected is null ? $"no key with id '{keyId}'" : $"no key with id '{keyId}' for app '{expected}'");
            CliOutput.Info($"revoked key {revoked.KeyId} of app '{revoked.App}'");
            return ExitCodes.Success;
        });
    }
}

using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail.Keys;
using AiSec.Guardrail.State;
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
            var name = GuardPolicyCommand.ValidApp(parse.GetValue(app)!);
            await using var host = await CliHost.StartAsync(ct);
            var (key, stored) = ApiKeys.Create(name, TimeProvider.System.GetUtcNow());
            await host.Get<GuardrailStore>().SaveKeyAsync(stored, ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { keyId = stored.KeyId, app = name, key });
            }
            else
            {
                Console.Out.WriteLine(key);
                CliOutput.Info($"key {stored.KeyId} for app '{name}': store it now, it cannot be shown again");
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
            var filter = parse.GetValue(app);
            var keys = (await host.Get<GuardrailStore>().LoadKeysAsync(ct)).Values
                .Where(k => filter is null || string.Equals(k.App, filter, StringComparison.OrdinalIgnoreCase))
                .OrderBy(k => k.App, StringComparer.Ordinal).ThenBy(k => k.CreatedAt)
                .Select(k => new { keyId = k.KeyId, app = k.App, createdAt = k.CreatedAt, revokedAt = k.RevokedAt, active = k.RevokedAt is null })
                .ToList();
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(keys);
            }
            else
            {
                var table = new Table().AddColumns("key id", "app", "created", "status");
                foreach (var k in keys)
                {
                    table.AddRow(k.keyId, Markup.Escape(k.app), k.createdAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), k.active ? "active" : "revoked");
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
            var store = host.Get<GuardrailStore>();
            var keyId = parse.GetValue(id)!;
            if (!(await store.LoadKeysAsync(ct)).TryGetValue(keyId, out var key))
            {
                throw new CliFailureException($"no key with id '{keyId}'");
            }

            if (parse.GetValue(app) is { } expected && !string.Equals(expected, key.App, StringComparison.OrdinalIgnoreCase))
            {
                throw new CliFailureException($"key '{keyId}' belongs to app '{key.App}', not '{expected}'");
            }

            await store.SaveKeyAsync(key with { RevokedAt = key.RevokedAt ?? TimeProvider.System.GetUtcNow() }, ct);
            CliOutput.Info($"revoked key {keyId} of app '{key.App}'");
            return ExitCodes.Success;
        });
    }
}

using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail.Admin;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec guard overturn REQUEST_ID --by WHO [--reason R]</c>: mark a guardrail decision a false positive.</summary>
public static class GuardOverturnCommand
{
    public static Command Create()
    {
        var requestId = new Argument<string>("request-id") { Description = "The decision's requestId (from the check response or 'aisec audit tail --stream guardrail')." };
        var by = new Option<string>("--by") { Description = "Who judged it a false positive (name or e-mail).", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why it was wrong." };
        var json = CommonOptions.Json();
        var command = new Command("overturn", "Mark a block, redaction or flag a false positive (counts in the false-positive rate).") { requestId, by, reason, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var overturn = await host.Get<GuardrailAdmin>().OverturnAsync(
                new OverturnRequest(parse.GetValue(requestId)!, parse.GetValue(by)!, parse.GetValue(reason)), CliActor.Current, ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(overturn);
            }
            else
            {
                CliOutput.Info($"overturned {overturn.Decision} of app '{overturn.App}' ({string.Join(", ", overturn.Categories)}) decided {overturn.DecidedAt:u}: false positive by {overturn.OverturnedBy}");
            }

            return ExitCodes.Success;
        });
    }
}

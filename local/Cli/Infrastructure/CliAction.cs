using System.CommandLine;
using AiSec.LocalHost.Emulator;
using AiSec.Shared.Admin;
using Azure;
using Microsoft.Extensions.Options;

namespace AiSec.Cli.Infrastructure;

/// <summary>
/// Runs a command's handler and turns every failure into the CLI contract: one clear line on stderr and exit code
/// 1 (failure) or 2 (bad usage), never a stack trace.
/// </summary>
public static class CliAction
{
    public static Command WithHandler(this Command command, Func<ParseResult, CancellationToken, Task<int>> handler)
    {
        command.SetAction(async (parseResult, cancellationToken) => await RunAsync(command, parseResult, handler, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        Command command, ParseResult parseResult, Func<ParseResult, CancellationToken, Task<int>> handler, CancellationToken cancellationToken)
    {
        try
        {
            return await handler(parseResult, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            return CliOutput.Fail(ExitCodes.Usage, $"{ex.Message} (see 'aisec {CommandPath(parseResult)} --help')");
        }
        catch (InvalidInputException ex)
        {
            // A capability refused a value; its message names the field.
            return CliOutput.Fail(ExitCodes.Usage, ex.Message);
        }
        catch (OptionsValidationException ex)
        {
            return CliOutput.Fail(ExitCodes.Usage, $"invalid configuration: {string.Join("; ", ex.Failures)}");
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The configuration binder could not read a setting (e.g. a malformed URI or number); it names the key.
            return CliOutput.Fail(ExitCodes.Usage, $"invalid configuration: {FirstLine(ex.Message)}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return CliOutput.Fail(ExitCodes.Failure, "cancelled");
        }
        catch (CliFailureException ex)
        {
            return CliOutput.Fail(ExitCodes.Failure, ex.Message);
        }
        catch (EmulatorException ex)
        {
            return CliOutput.Fail(ExitCodes.Failure, ex.Message);
        }
        catch (RequestFailedException ex)
        {
            return CliOutput.Fail(ExitCodes.Failure, $"storage request failed ({ex.Status} {ex.ErrorCode}): {FirstLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliOutput.Fail(ExitCodes.Failure, FirstLine(ex.Message));
        }
        catch (Exception ex)
        {
            // Unexpected: still one line for the user; AISEC_DEBUG=1 shows the whole exception for a bug report.
            if (Environment.GetEnvironmentVariable("AISEC_DEBUG") == "1")
            {
                Console.Error.WriteLine(ex);
            }

            return CliOutput.Fail(ExitCodes.Failure, $"{command.Name} failed: {ex.GetType().Name}: {FirstLine(ex.Message)}");
        }
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (result.Command is not RootCommand)
            {
                names.Insert(0, result.Command.Name);
            }
        }

        return string.Join(' ', names);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

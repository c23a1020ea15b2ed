using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace AiSec.Cli.Infrastructure;

/// <summary>
/// A command's log lines as people read them: <c>aisec: warning: message (ExceptionType: what went wrong)</c>, one
/// line each. The whole exception, stack included, only with AISEC_DEBUG=1: a stack trace is for bug reports.
/// </summary>
public sealed class CliLogFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "aisec-cli";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        var level = logEntry.LogLevel switch
        {
            LogLevel.Critical or LogLevel.Error => "error",
            LogLevel.Warning => "warning",
            _ => "info",
        };
        var exception = logEntry.Exception;
        var cause = exception is null ? ""
            : Environment.GetEnvironmentVariable("AISEC_DEBUG") == "1" ? Environment.NewLine + exception
            : message.Contains(exception.Message, StringComparison.Ordinal) ? ""
            : $" ({exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")})";
        textWriter.WriteLine($"aisec: {level}: {message}{cause}");
    }
}

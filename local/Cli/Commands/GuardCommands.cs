using System.CommandLine;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec guard ...</c>: screen text, manage keys, rules and policies, train and evaluate the classifier.</summary>
public static class GuardCommands
{
    public static Command Create()
    {
        var command = new Command("guard", "The prompt guardrail.");
        command.Subcommands.Add(GuardCheckCommand.Create());
        command.Subcommands.Add(GuardEvalCommand.Create());
        command.Subcommands.Add(GuardTrainCommand.Create());
        command.Subcommands.Add(GuardKeysCommand.Create());
        command.Subcommands.Add(GuardRulesCommand.Create());
        command.Subcommands.Add(GuardPolicyCommand.Create());
        command.Subcommands.Add(GuardOverturnCommand.Create());
        return command;
    }
}

namespace AiSec.Playbooks.Definitions;

/// <summary>One thing wrong with a playbook file: where (file, line, field) and what.</summary>
public sealed record PlaybookProblem(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}

/// <summary>A playbook file that cannot be used; <see cref="Exception.Message"/> lists every problem with file and line.</summary>
public sealed class PlaybookValidationException(IReadOnlyList<PlaybookProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
{
    public IReadOnlyList<PlaybookProblem> Problems { get; } = problems;
}

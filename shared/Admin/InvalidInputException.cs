namespace AiSec.Shared.Admin;

/// <summary>
/// A value a person or a caller sent cannot be used; <see cref="Field"/> names it and the message says why
/// (<c>field: why</c>). Hosts turn it into a 400 problem naming the field, the CLI into exit code 2.
/// </summary>
public class InvalidInputException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
}

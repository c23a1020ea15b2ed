using System.Globalization;
using AiSec.Shared.Admin;

namespace AiSec.Guardrail.Admin;

/// <summary>When an emergency rule stops applying: an ISO date-time, or a duration from now such as 30m, 2h or 7d.</summary>
public static class RuleExpiry
{
    private const string Field = "expires";
    private const int MaxDays = 3_650;
    private const string Usage = "use an ISO date-time or a duration like 30m, 2h, 7d (at most 3650d)";

    /// <returns>Null when no expiry is given: the rule applies until it is removed.</returns>
    public static DateTimeOffset? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at > now ? at : throw new InvalidInputException(Field, $"{value} is in the past");
        }

        var minutesPerUnit = value[^1] switch { 'm' => 1d, 'h' => 60d, 'd' => 1_440d, _ => 0d };
        if (minutesPerUnit == 0
            || !double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || !(amount > 0 && amount * minutesPerUnit <= MaxDays * 1_440d)) // written so that NaN fails too
        {
            throw new InvalidInputException(Field, $"'{value}': {Usage}");
        }

        return now.AddMinutes(amount * minutesPerUnit);
    }
}

namespace AiSec.Playbooks.Definitions;

/// <summary>Incident severities, sev1 the most severe.</summary>
public static class Severity
{
    public const string Sev1 = "sev1";
    public const string Sev2 = "sev2";
    public const string Sev3 = "sev3";
    public const string Sev4 = "sev4";

    public static IReadOnlyList<string> All { get; } = [Sev1, Sev2, Sev3, Sev4];

    /// <summary>What each level means, shown with incidents and in the CLI's help.</summary>
    public static IReadOnlyDictionary<string, string> Meanings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Sev1] = "critical: active exploitation with confirmed impact on production, regulated data or safety; all hands",
        [Sev2] = "high: confirmed attack or exposure on a production asset, impact contained or not yet confirmed",
        [Sev3] = "medium: attempted attack or weakness with limited impact, or on a non-production asset",
        [Sev4] = "low: suspicious activity or a policy deviation with no impact",
    };

    public static bool IsKnown(string value) => All.Contains(value, StringComparer.Ordinal);

    /// <summary>1 for sev1 … 4 for sev4.</summary>
    public static int Rank(string value) => IsKnown(value) ? value[^1] - '0' : throw new ArgumentException($"'{value}' is not a severity", nameof(value));

    /// <summary>The more severe of two severities.</summary>
    public static string Max(string a, string b) => Rank(a) <= Rank(b) ? a : b;

    /// <summary>Accepts "SEV1", "sev1" and "1".</summary>
    public static string? Parse(string? value)
    {
        var text = value?.Trim().ToLowerInvariant();
        if (text is { Length: 1 } && char.IsAsciiDigit(text[0]))
        {
            text = "sev" + text;
        }

        return text is not null && IsKnown(text) ? text : null;
    }
}

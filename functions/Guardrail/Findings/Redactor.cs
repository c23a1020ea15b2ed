using System.Text;

namespace AiSec.Guardrail.Findings;

/// <summary>
/// Replaces findings with typed placeholders ("[EMAIL]", "[SECRET:aws_access_key]") so the redacted text still
/// reads naturally and says what was there. Hand-written: Microsoft.Extensions.Compliance.Redaction redacts whole
/// classified values, not spans inside free text.
/// </summary>
public static class Redactor
{
    public static string Redact(string text, IEnumerable<Finding> findings)
    {
        var ordered = findings.OrderBy(f => f.Start).ThenByDescending(f => f.End).ToList();
        if (ordered.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in ordered)
        {
            if (finding.Start < position)
            {
                continue; // overlaps one already redacted
            }

            builder.Append(text, position, finding.Start - position);
            builder.Append(Placeholder(finding));
            position = finding.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    public static string Placeholder(Finding finding) =>
        finding.Category == "secret" ? $"[SECRET:{finding.Type}]" : $"[{finding.Type.ToUpperInvariant()}]";
}

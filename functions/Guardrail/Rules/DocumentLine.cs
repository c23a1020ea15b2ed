using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Rules;

public enum LineKind
{
    Prose,
    TableRow,
    EmailHeader,
}

/// <summary>One non-blank line of a text, where it starts, and whether it is a table row or an e-mail header/greeting.</summary>
public readonly partial record struct DocumentLine(string Text, int Start, LineKind Kind)
{
    public static List<DocumentLine> Split(string text, int maxLines)
    {
        var lines = new List<DocumentLine>();
        var start = 0;
        while (start < text.Length && lines.Count < maxLines)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[start..end].TrimEnd('\r');
            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add(new DocumentLine(line, start, KindOf(line)));
            }

            start = end + 1;
        }

        return lines;
    }

    private static LineKind KindOf(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '|' && trimmed[^1] == '|')
        {
            return LineKind.TableRow;
        }

        return EmailHeader().IsMatch(line) ? LineKind.EmailHeader : LineKind.Prose;
    }

    [GeneratedRegex(@"^\s*((hi|hello|dear|hey|greetings)\b[^,\n]{0,40},|(from|to|subject|date|cc|sent|email_from|received date):\s)|\|\s*(content|email_from):", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 50)]
    private static partial Regex EmailHeader();
}

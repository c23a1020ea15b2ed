using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// A line planted in a document: a request or question that interrupts a table, or tops or tails an e-mail, and has
/// nothing to do with it ("What are the primary functions of the liver?" between the rows of a sales table).
/// </summary>
/// <remarks>
/// Hand-written because no package judges whether a line belongs to the document around it. A user's own question
/// about a pasted table or e-mail names it ("this table", "the column", "given") or shares words with it; a planted
/// line does neither, which is what keeps ordinary "question + pasted data" prompts clear.
/// </remarks>
public static partial class UnrelatedLine
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int TimeoutMs = Detection.RegexBudget.MatchTimeoutMs;
    private const int MaxLines = 2_000;

    public static (int Start, int End)? Find(string text)
    {
        if (!text.Contains('\n'))
        {
            return null;
        }

        var lines = DocumentLine.Split(text, MaxLines);
        var tableRows = lines.Count(l => l.Kind == LineKind.TableRow);
        var isEmail = lines.Any(l => l.Kind == LineKind.EmailHeader);
        if (lines.Count < 2 || (tableRows < 2 && !isEmail))
        {
            return null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Prose || !IsRequestOrQuestion(line.Text))
            {
                continue;
            }

            var besideTable = (i > 0 && lines[i - 1].Kind == LineKind.TableRow) || (i + 1 < lines.Count && lines[i + 1].Kind == LineKind.TableRow);
            var edgeOfEmail = isEmail && (i == 0 || i == lines.Count - 1);
            if (!(besideTable || edgeOfEmail) || ReferencesDocument(lines, i, isEmail))
            {
                continue;
            }

            var words = ContentWords(line.Text);
            // The document's words include the line's own, so a word that appears twice is shared with it. A line of
            // four or more words may share one by chance ("Provide your reply without spaces" beside "reply to this
            // e-mail"); a user's question about the document shares more.
            var shared = words.Count(w => Occurrences(text, w) > 1);
            if (words.Count > 0 && shared <= (words.Count >= 4 ? 1 : 0))
            {
                return (line.Start, line.Start + line.Text.Length);
            }
        }

        return null;
    }

    private static bool IsRequestOrQuestion(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 && trimmed[^1] is '.' or '?' or '!';
    }

    /// <summary>The user's framing names the document ("the table below", "given the e-mail"): then the line is theirs.</summary>
    private static bool ReferencesDocument(List<DocumentLine> lines, int candidate, bool isEmail)
    {
        if (DocumentReference().IsMatch(lines[candidate].Text) || (isEmail && EmailTask().IsMatch(lines[candidate].Text)))
        {
            return true;
        }

        // Around a table, any other prose line may be the user's framing; with an e-mail, only the prose before its
        // first header or greeting is (what follows is the e-mail itself).
        var emailStarts = lines.FindIndex(l => l.Kind == LineKind.EmailHeader);
        var framing = lines.Where((l, i) => i != candidate && l.Kind == LineKind.Prose && (!isEmail || i < emailStarts));
        return framing.Any(l => DocumentReference().IsMatch(l.Text));
    }

    private static HashSet<string> ContentWords(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0 && count < 2; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    private static readonly HashSet<string> StopWords = new(
        "this that with from your have what which when where there their about would could should into than then them they were will been does more most some such only also very just over like make made much many other these those each please reply answer response respond".Split(' '),
        StringComparer.Ordinal);

    [GeneratedRegex(@"\b[a-z]{4,}\b", Options, TimeoutMs)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(this|these|the|above|below|following|attached|given|provided|my|that)\s+(tables?|e-?mails?|mail|message|text|document|data|letter|spreadsheet|list|rows?|columns?)\b|\b(above|below|given|columns?|rows?|cells?)\b|\b(a|an)\s+(reply|response|answer)\b|\b(reply|respond)\s+to\b|\b(summari[sz]e|translate|rewrite|proofread|paraphrase|shorten|explain|answer)\s+(it|this|that|them)\b", Options, TimeoutMs)]
    private static partial Regex DocumentReference();

    /// <summary>
    /// What a user asks of an e-mail they paste: "draft a short thank-you reply", "summarize the key dates". Not "write
    /// your reply in capitals": that tells the model how to answer, as planted directives do.
    /// </summary>
    [GeneratedRegex(@"\b(draft|write|compose|prepare|suggest)\b(?!\s+your\b)[^.\n]{0,40}\b(reply|response|answer|e-?mail|message|letter|note)\b|^\W*(please\s+)?(summari[sz]e|translate|rewrite|proofread|paraphrase|classify|extract|list|explain|check)\b|\b(a|an)\s+([\w-]+\s+){1,3}(reply|response|answer)\b", Options, TimeoutMs)]
    private static partial Regex EmailTask();
}

using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// Instructions planted in a document rather than written by the user: a line that interrupts a table or tops
/// or tails an e-mail with a request unrelated to it, a request to merge a code block that runs processes or
/// sends data into "your code", a chat template's control tokens, and a markdown image that would carry data
/// away. These read the text's layout and punctuation, so they run on the original text (the normalized text has
/// its line breaks collapsed and its symbols folded).
/// </summary>
/// <remarks>
/// The layout test is hand-written because no package judges whether a line belongs to the document around it.
/// A user's own question about a pasted table or e-mail names it ("this table", "the column", "given") or shares
/// words with it; a planted line does neither, which is what keeps ordinary "question + pasted data" prompts clear.
/// </remarks>
public static partial class PlantedInstructions
{
    public const string UnrelatedLineRule = "instruction-line-in-document";
    public const string CodeInsertionRule = "malicious-code-insertion";
    public const string ChatTemplateRule = "chat-template-token";
    public const string ImageExfiltrationRule = "markdown-image-exfiltration";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int TimeoutMs = 50;
    private const int MaxLines = 2_000;

    public static void Scan(string text, List<RuleMatch> matches)
    {
        AddFirst(ChatTemplateRule, DetectionCategory.PromptInjection, 0.9, ChatTemplateToken(), text, matches, "<", "[");
        AddFirst(ImageExfiltrationRule, DetectionCategory.PromptInjection, 0.9, ImageExfiltration(), text, matches, "![");
        AddFirst(CodeInsertionRule, DetectionCategory.PromptInjection, 0.9, CodeInsertion(), text, matches, "```");
        try
        {
            if (text.Contains('\n') && UnrelatedLine(text) is { } line)
            {
                matches.Add(new RuleMatch(UnrelatedLineRule, DetectionCategory.PromptInjection, 0.8, line.Start, line.End));
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
    }

    /// <summary>Runs the pattern only on text holding one of its anchors (cheap ordinal searches) and adds its first match.</summary>
    private static void AddFirst(string ruleId, string category, double score, Regex pattern, string text, List<RuleMatch> matches, params string[] anchors)
    {
        try
        {
            if (anchors.Any(a => text.Contains(a, StringComparison.Ordinal)) && pattern.Match(text) is { Success: true } m)
            {
                matches.Add(new RuleMatch(ruleId, category, score, m.Index, m.Index + m.Length));
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
    }

    private static (int Start, int End)? UnrelatedLine(string text)
    {
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
            // The document's words include the line's own: a line is unrelated when none of its words appears twice.
            if (words.Count > 0 && words.All(w => Occurrences(text, w) == 1))
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
        "this that with from your have what which when where there their about would could should into than then them they were will been does more most some such only also very just over like make made much many other these those each please".Split(' '),
        StringComparer.Ordinal);

    [GeneratedRegex(@"\b[a-z]{4,}\b", Options, TimeoutMs)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(this|these|the|above|below|following|attached|given|provided|my|that)\s+(tables?|e-?mails?|mail|message|text|document|data|letter|spreadsheet|list|rows?|columns?)\b|\b(above|below|given|columns?|rows?|cells?)\b|\b(a|an)\s+(reply|response|answer)\b|\b(reply|respond)\s+to\b|\b(summari[sz]e|translate|rewrite|proofread|paraphrase|shorten|explain|answer)\s+(it|this|that|them)\b", Options, TimeoutMs)]
    private static partial Regex DocumentReference();

    /// <summary>
    /// A chat template's control tokens opening a turn (<c>&lt;|im_start|&gt;system</c>, <c>[INST] … [/INST]</c>,
    /// <c>&lt;&lt;SYS&gt;&gt; … &lt;&lt;/SYS&gt;&gt;</c>): a fake turn, where a question about one token is not.
    /// </summary>
    [GeneratedRegex(@"<\|(im_start|start_header_id)\|>\s*(system|user|assistant)\b|\[INST\][\s\S]{1,500}?\[/INST\]|\[/INST\][\s\S]{0,500}?\[INST\]|<<SYS>>[\s\S]{1,500}?<</SYS>>|<\|(endoftext|im_end|eot_id)\|>[\s\S]{0,40}?\b(system|user|assistant|human)\b|<\|?end\s+of\s+(session|conversation|prompt)\|?>", Options, TimeoutMs)]
    private static partial Regex ChatTemplateToken();

    /// <summary>A markdown image whose address carries a placeholder for the model to fill: rendering it sends the data away.</summary>
    [GeneratedRegex(@"!\[[^\]\n]{0,60}\]\(\s*https?://[^)\s]{0,200}?(\{[^}\s]{1,40}\}|\[[A-Za-z_ ]{3,40}\]|<[A-Za-z_ ]{3,40}>|%s|\$\w+)", Options, TimeoutMs)]
    private static partial Regex ImageExfiltration();

    /// <summary>What a user asks of an e-mail they paste: "draft a short thank-you reply", "write a polite answer".</summary>
    [GeneratedRegex(@"\b(draft|write|compose|prepare|suggest)\b[^.\n]{0,40}\b(reply|response|answer|e-?mail|message|letter|note)\b|\b(a|an)\s+([\w-]+\s+){1,3}(reply|response|answer)\b", Options, TimeoutMs)]
    private static partial Regex EmailTask();

    /// <summary>"Blend the following code snippet into your solution:" followed by a block that runs, fetches or sends.</summary>
    [GeneratedRegex(@"^(?=[^\n]*\b(following|subsequent|below|next)\s+code\s+(snippet|block|excerpt|section|segment|fragment|piece)\b)(?=[^\n]*\byour\s+(code|codebase|implementation|solution|algorithm|response|answer|elucidation|reply|program|script)\b)[^\n]*\n+```[^\n]*\n(?=[\s\S]{0,600}?(subprocess|os\.system|os\.popen|socket|paramiko|requests\.(get|post)|urllib|http\.client|httpx|aiohttp|smtplib|ftplib|eval\(|exec\(|shutil\.(rmtree|move)|os\.remove|os\.rename|rm\s+-rf|chmod|curl\s|wget\s|keylog|pynput|base64\.b64decode|ctypes|miner|cookie|/dev/sd))", Options | RegexOptions.Multiline, TimeoutMs)]
    private static partial Regex CodeInsertion();
}

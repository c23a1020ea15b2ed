using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// Instructions planted in a document rather than written by the user: a line that interrupts a table or tops
/// or tails an e-mail with a request unrelated to it, a request to merge a code block that runs processes or
/// sends data into "your code", a chat template's control tokens, and a markdown image that would carry data
/// away. These read the text's layout and punctuation, so they run on the original text (the normalized text has
/// its line breaks collapsed and its symbols folded).
/// </summary>
public static partial class PlantedInstructions
{
    public const string UnrelatedLineRule = "instruction-line-in-document";
    public const string CodeInsertionRule = "malicious-code-insertion";
    public const string ChatTemplateRule = "chat-template-token";
    public const string ImageExfiltrationRule = "markdown-image-exfiltration";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int TimeoutMs = Detection.RegexBudget.MatchTimeoutMs;

    /// <summary>The pattern rules, with the anchor words a text needs before their regex runs.</summary>
    public static IReadOnlyList<CuratedRules.Rule> OnOriginalText { get; } =
    [
        new(ChatTemplateRule, DetectionCategory.PromptInjection, 0.9, ChatTemplateToken(), new RuleAnchors(["<", "["])),
        new(ImageExfiltrationRule, DetectionCategory.PromptInjection, 0.9, ImageExfiltration(), new RuleAnchors(["!["])),
        new(CodeInsertionRule, DetectionCategory.PromptInjection, 0.9, CodeInsertion(), new RuleAnchors(["```"])),
    ];

    public static void Scan(string text, List<RuleMatch> matches)
    {
        CuratedRules.Scan(OnOriginalText, text, matches);
        try
        {
            if (UnrelatedLine.Find(text) is { } line)
            {
                matches.Add(new RuleMatch(UnrelatedLineRule, DetectionCategory.PromptInjection, 0.8, line.Start, line.End));
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
    }

    /// <summary>
    /// A chat template's control tokens opening a turn (<c>&lt;|im_start|&gt;system</c>, <c>[INST] … [/INST]</c>,
    /// <c>&lt;&lt;SYS&gt;&gt; … &lt;&lt;/SYS&gt;&gt;</c>): a fake turn, where a question about one token is not.
    /// </summary>
    [GeneratedRegex(@"<\|(im_start|start_header_id)\|>\s*(system|user|assistant)\b|\[INST\][\s\S]{1,500}?\[/INST\]|\[/INST\][\s\S]{0,500}?\[INST\]|<<SYS>>[\s\S]{1,500}?<</SYS>>|<\|(endoftext|im_end|eot_id)\|>[\s\S]{0,40}?\b(system|user|assistant|human)\b|<\|?end\s+of\s+(session|conversation|prompt)\|?>", Options, TimeoutMs)]
    private static partial Regex ChatTemplateToken();

    /// <summary>A markdown image whose address carries a placeholder for the model to fill: rendering it sends the data away.</summary>
    [GeneratedRegex(@"!\[[^\]\n]{0,60}\]\(\s*https?://[^)\s]{0,200}?(\{[^}\s]{1,40}\}|\[[A-Za-z_ ]{3,40}\]|<[A-Za-z_ ]{3,40}>|%s|\$\w+)", Options, TimeoutMs)]
    private static partial Regex ImageExfiltration();

    /// <summary>
    /// "Blend the following code snippet into your solution:", "Don't forget to integrate the following code block:"
    /// followed by a block that runs processes, fetches, sends or deletes.
    /// </summary>
    [GeneratedRegex(@"^(?=[^\n]*\b(following|subsequent|below|next)\s+code\s+(snippet|block|excerpt|section|segment|fragment|piece)\b)(?=[^\n]*(\byour\s+(code|codebase|implementation|solution|algorithm|response|answer|elucidation|reply|program|script)\b|\b(integrate|incorporate|include|insert|merge|fuse|blend|embed|enlist|inject|weave|append|combine|utili[sz]e|employ|execute|introduce|adopt|deploy|infuse|meld|interweave|engage|leverage|absorb|harmoni[sz]e|render|enrich|enhance)\w*\b))[^\n]*\n+```[^\n]*\n(?=[\s\S]{0,600}?(subprocess|os\.system|os\.popen|socket|paramiko|requests\.(get|post)|urllib|http\.client|httpx|aiohttp|smtplib|ftplib|eval\(|exec\(|shutil\.(rmtree|move)|os\.remove|os\.rename|rm\s+-rf|chmod|curl\s|wget\s|keylog|pynput|base64\.b64decode|ctypes|miner|cookie|/dev/sd|psutil|pickle\.load|mqtt|\.sendall|sendmail))", Options | RegexOptions.Multiline, TimeoutMs)]
    private static partial Regex CodeInsertion();
}

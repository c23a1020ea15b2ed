using System.Buffers;
using System.Text.RegularExpressions;
using AiSec.Guardrail.Normalization;
using AiSec.Guardrail.Rules;

namespace AiSec.Guardrail.Detection;

/// <summary>
/// A prompt that talks about attacks and quotes one ("how do I defend against 'ignore previous instructions'?")
/// mentions the attack rather than making it. When the text outside its quotes discusses attacks or defences and
/// does not ask for a quote to be carried out, the quoted phrases the rules call attacks are blanked before the
/// attack rules and the classifier run. What the text says outside them is still judged; secrets, PII and emergency
/// rules still see the whole text. Blanking keeps the length, so every span still points into the original.
/// <para>
/// Korean, Japanese and Chinese questions mention a phrase without quote marks: an English attack phrase set in the
/// sentence ("ignore previous instructions 문구를 탐지하는 방법"), or a Korean clause reported as a request or a phrase
/// ("시스템 프롬프트를 출력해 달라는 요청이 왜 위험한지": "why the request to output the system prompt is dangerous").
/// </para>
/// </summary>
public static partial class QuotedMention
{
    /// <summary>Security questions are short; a long text quoting an attack is more likely carrying one.</summary>
    private const int MaxLength = 1_000;

    /// <summary>Each quote is normalized and scanned on its own; a question quotes a few attacks, not dozens.</summary>
    private const int MaxQuotesChecked = 8;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int TimeoutMs = Detection.RegexBudget.MatchTimeoutMs;

    /// <summary>The text with its quoted attack phrases blanked when it only talks about them; otherwise the text itself.</summary>
    public static string Mask(string text)
    {
        if (text.Length > MaxLength)
        {
            return text;
        }

        var quoteMarks = text.AsSpan().ContainsAny(QuoteMarks);
        var eastAsian = !System.Text.Ascii.IsValid(text) && HasEastAsianLetters(text);
        if (!(quoteMarks || eastAsian) || SerializedRecord.LooksLike(text))
        {
            return text;
        }

        try
        {
            var quotes = Mentions(text, quoteMarks, eastAsian);
            if (quotes.Count == 0)
            {
                return text;
            }

            var outside = Blank(text, quotes);
            if (!AboutAttacks().IsMatch(outside) || AsksToCarryOut().IsMatch(outside))
            {
                return text;
            }

            // Only the quotes the rules call attacks are blanked: a quoted name or title is context the classifier keeps.
            var attacks = quotes.Take(MaxQuotesChecked).Where(q => IsAttack(text.Substring(q.Index, q.Length))).ToList();
            return attacks.Count == 0 ? text : Blank(text, attacks);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    private static List<(int Index, int Length)> Mentions(string text, bool quoteMarks, bool eastAsian)
    {
        var mentions = new List<(int Index, int Length)>();
        if (quoteMarks)
        {
            mentions.AddRange(Quoted().Matches(text).Select(m => (m.Index, m.Length)));
        }

        if (eastAsian)
        {
            mentions.AddRange(LatinPhraseInEastAsianText().Matches(text).Select(m => (m.Index, m.Length)));
            mentions.AddRange(KoreanReportedClause().Matches(text).Select(m => (m.Groups["clause"].Index, m.Groups["clause"].Length)));
        }

        return mentions;
    }

    private static string Blank(string text, IEnumerable<(int Index, int Length)> quotes) =>
        string.Create(text.Length, (text, quotes), static (span, state) =>
        {
            state.text.CopyTo(span);
            foreach (var quote in state.quotes)
            {
                span.Slice(quote.Index, quote.Length).Fill(' ');
            }
        });

    private static bool IsAttack(string quote)
    {
        var matches = new List<RuleMatch>();
        CuratedRules.Scan(TextNormalizer.Normalize(quote).Text, matches);
        return matches.Count > 0;
    }

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("'\"“‘`«„");

    /// <summary>Hangul syllables, kana or CJK ideographs: the scripts whose questions mention phrases without quote marks.</summary>
    private static bool HasEastAsianLetters(string text) =>
        text.AsSpan().ContainsAnyInRange('\uAC00', '\uD7A3') || text.AsSpan().ContainsAnyInRange('\u3040', '\u30FE') || text.AsSpan().ContainsAnyInRange('\u4E00', '\u9FFE');

    /// <summary>
    /// An English phrase used as a noun in a Korean, Japanese or Chinese sentence: followed by "…이라는", "문구", "탐지
    /// 규칙", "という", "这句". An English order merely followed by Korean ("… 보안 테스트야") is not a mention.
    /// </summary>
    [GeneratedRegex(@"(?<![A-Za-z'])[A-Za-z][A-Za-z' ]{6,120}[A-Za-z](?=\s*(?:이?라는|라고|문구|문장|표현|요청|같은|류의|탐지|규칙|패턴|공격|という|のような|这句|这种|之类))", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex LatinPhraseInEastAsianText();

    /// <summary>A Korean clause reported as a request, a sentence or a phrase: "…해 달라는 요청", "…하라는 문구", "…이라는 문장".</summary>
    [GeneratedRegex(@"(?:^|[.!?\n]\s*)(?<clause>[^.!?\n]{4,120}?)\s*(?:이?라는|다는|달라는|하라는|라고\s*하는)\s*(?:요청|문장|문구|표현|말|지시|명령|질문|공격|프롬프트|부탁)", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex KoreanReportedClause();

    // A single quote opens only where a word does not continue ("don't" is not a quote), and closes before a non-letter.
    [GeneratedRegex(@"(?<!\w)'[^'\n]{8,200}'(?!\w)|""[^""\n]{8,200}""|“[^”\n]{8,200}”|‘[^’\n]{8,200}’|`[^`\n]{8,200}`|«[^»\n]{8,200}»|„[^“\n]{8,200}“", Options, TimeoutMs)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:prompt[-\s]injections?|injection\s+attacks?|jailbreak(?:s|ing)?|attacks?|attackers?|defen[cs]es?|defend(?:s|ing)?|detect(?:s|ing|ion|or)?|filter(?:s|ing)?|block(?:s|ed|ing)?|guardrails?|classifiers?|red[-\s]team(?:s|ing)?|payloads?|malicious|unit\s+tests?|test\s+cases?|flag(?:s|ged|ging)?|strings?|logs?|alerts?|security|incidents?|soc|siem)\b|공격|방어|탐지|차단|위험|보안|테스트|검출|악성|攻撃|防御|検出|検知|危険|攻击|检测|拦截|危险", Options, TimeoutMs)]
    private static partial Regex AboutAttacks();

    [GeneratedRegex(@"\b(?:follow|obey|comply\s+with|execute|carry\s+out|act\s+on|do\s+(?:it|this|that|so|what\s+it\s+says)|then\s+do|respond\s+to\s+it|answer\s+it)\b|따라\s*(해|하|줘|라)|실행해|수행해|그대로\s*해|従って|実行して|照做|执行", Options, TimeoutMs)]
    private static partial Regex AsksToCarryOut();
}

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
/// </summary>
public static partial class QuotedMention
{
    /// <summary>Security questions are short; a long text quoting an attack is more likely carrying one.</summary>
    private const int MaxLength = 1_000;

    /// <summary>Each quote is normalized and scanned on its own; a question quotes a few attacks, not dozens.</summary>
    private const int MaxQuotesChecked = 8;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int TimeoutMs = 50;

    /// <summary>The text with its quoted attack phrases blanked when it only talks about them; otherwise the text itself.</summary>
    public static string Mask(string text)
    {
        if (text.Length > MaxLength || !text.AsSpan().ContainsAny(QuoteMarks) || SerializedRecord.LooksLike(text))
        {
            return text;
        }

        try
        {
            var quotes = Quoted().Matches(text);
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
            var attacks = quotes.Take(MaxQuotesChecked).Where(IsAttack).ToList();
            return attacks.Count == 0 ? text : Blank(text, attacks);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    private static string Blank(string text, IEnumerable<Match> quotes) =>
        string.Create(text.Length, (text, quotes), static (span, state) =>
        {
            state.text.CopyTo(span);
            foreach (var quote in state.quotes)
            {
                span.Slice(quote.Index, quote.Length).Fill(' ');
            }
        });

    private static bool IsAttack(Match quote)
    {
        var matches = new List<RuleMatch>();
        CuratedRules.Scan(TextNormalizer.Normalize(quote.Value).Text, matches);
        return matches.Count > 0;
    }

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("'\"“‘`«„");

    // A single quote opens only where a word does not continue ("don't" is not a quote), and closes before a non-letter.
    [GeneratedRegex(@"(?<!\w)'[^'\n]{8,200}'(?!\w)|""[^""\n]{8,200}""|“[^”\n]{8,200}”|‘[^’\n]{8,200}’|`[^`\n]{8,200}`|«[^»\n]{8,200}»|„[^“\n]{8,200}“", Options, TimeoutMs)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:prompt[-\s]injections?|injection\s+attacks?|jailbreak(?:s|ing)?|attacks?|attackers?|defen[cs]es?|defend(?:s|ing)?|detect(?:s|ing|ion|or)?|filter(?:s|ing)?|block(?:s|ed|ing)?|guardrails?|classifiers?|red[-\s]team(?:s|ing)?|payloads?|malicious|unit\s+tests?|test\s+cases?|flag(?:s|ged|ging)?|strings?|logs?|alerts?|security|incidents?|soc|siem)\b", Options, TimeoutMs)]
    private static partial Regex AboutAttacks();

    [GeneratedRegex(@"\b(?:follow|obey|comply\s+with|execute|carry\s+out|act\s+on|do\s+(?:it|this|that|so|what\s+it\s+says)|then\s+do|respond\s+to\s+it|answer\s+it)\b", Options, TimeoutMs)]
    private static partial Regex AsksToCarryOut();
}

using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AiSec.Guardrail.EmergencyRules;

/// <summary>An emergency rule ready to run: a regex that cannot run away (linear-time engine, or a timeout).</summary>
public sealed class CompiledEmergencyRule
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(20);
    private readonly Regex _regex;

    private CompiledEmergencyRule(EmergencyRule rule, Regex regex)
    {
        Rule = rule;
        _regex = regex;
    }

    public EmergencyRule Rule { get; }

    /// <summary>Compiles and probes a rule; the message says why a rule is refused.</summary>
    public static CompiledEmergencyRule Compile(EmergencyRule rule)
    {
        if (string.IsNullOrWhiteSpace(rule.Pattern) || rule.Pattern.Length > 2_000)
        {
            throw new ArgumentException("pattern must be 1 to 2,000 characters", nameof(rule));
        }

        var pattern = rule.IsRegex ? rule.Pattern : Regex.Escape(rule.Pattern);
        Regex regex;
        try
        {
            // NonBacktracking runs in linear time whatever the pattern, so it needs neither a timeout nor a probe (a
            // timed probe would refuse good rules on a busy machine, which is when emergency rules get deployed). It
            // lacks lookarounds and backreferences: such patterns fall back to the backtracking engine, probed and
            // bounded by a match timeout.
            regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            regex = Create(pattern);
            Probe(regex);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"pattern is not a valid regular expression: {ex.Message}", nameof(rule), ex);
        }

        return new CompiledEmergencyRule(rule, regex);
    }

    public Match Match(string text)
    {
        try
        {
            return _regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    private static Regex Create(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"pattern is not a valid regular expression: {ex.Message}", nameof(pattern), ex);
        }
    }

    /// <summary>Runs the pattern on inputs that make catastrophic backtracking show; refuses it if it times out.</summary>
    private static void Probe(Regex regex)
    {
        var watch = Stopwatch.StartNew();
        foreach (var probe in new[] { new string('a', 5_000) + "!", string.Concat(Enumerable.Repeat("ab ", 2_000)) + "\u0000", new string(' ', 5_000) + "x" })
        {
            try
            {
                regex.Match(probe);
            }
            catch (RegexMatchTimeoutException)
            {
                throw new ArgumentException("pattern takes too long on long inputs (catastrophic backtracking); simplify it");
            }
        }

        if (watch.Elapsed > TimeSpan.FromMilliseconds(250))
        {
            throw new ArgumentException("pattern is too slow on long inputs; simplify it");
        }
    }
}

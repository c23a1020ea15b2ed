using System.Net;
using System.Text.RegularExpressions;
using AiSec.Guardrail.Findings;

namespace AiSec.Guardrail.Pii;

/// <summary>
/// Personal data in text: e-mail, phone numbers, payment cards (Luhn-checked), IBANs (mod-97 checked), US SSNs and
/// IP addresses. Checksums keep order numbers and other digit runs from being redacted as cards or IBANs.
/// </summary>
public static partial class PiiScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int TimeoutMs = Detection.RegexBudget.MatchTimeoutMs;

    public static void Scan(string text, List<Finding> findings)
    {
        Add(findings, text, Email(), "email", _ => true);
        Add(findings, text, CreditCard(), "credit_card", m => Checksums.Luhn(Digits(m)));
        Add(findings, text, Iban(), "iban", m => Checksums.Iban(m.Replace(" ", "", StringComparison.Ordinal)));
        Add(findings, text, UsSsn(), "us_ssn", _ => true);
        Add(findings, text, IpV4(), "ip_address", m => IPAddress.TryParse(m, out _));
        Add(findings, text, IpV6(), "ip_address", m => m.Count(c => c == ':') >= 2 && IPAddress.TryParse(m, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6);
        Add(findings, text, Phone(), "phone", m => Digits(m).Length is >= 9 and <= 15);
    }

    private static void Add(List<Finding> findings, string text, Regex pattern, string type, Func<string, bool> accept)
    {
        try
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (accept(match.Value) && !findings.Any(f => f.Start < match.Index + match.Length && match.Index < f.End))
                {
                    findings.Add(new Finding("pii", type, match.Index, match.Index + match.Length, 0.95));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Bounded: a pathological input skips this pattern rather than stalling the request.
        }
    }

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex(@"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b", Options, TimeoutMs)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])", Options, TimeoutMs)]
    private static partial Regex CreditCard();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", Options, TimeoutMs)]
    private static partial Regex Iban();

    [GeneratedRegex(@"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b", Options, TimeoutMs)]
    private static partial Regex UsSsn();

    [GeneratedRegex(@"\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b", Options, TimeoutMs)]
    private static partial Regex IpV4();

    [GeneratedRegex(@"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{1,4}){0,6}(?![0-9A-Fa-f:])", Options, TimeoutMs)]
    private static partial Regex IpV6();

    [GeneratedRegex(@"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?!\w)", Options, TimeoutMs)]
    private static partial Regex Phone();
}

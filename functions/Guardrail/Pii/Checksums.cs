using System.Numerics;

namespace AiSec.Guardrail.Pii;

public static class Checksums
{
    /// <summary>The Luhn check every payment card number passes.</summary>
    public static bool Luhn(string digits)
    {
        if (digits.Length is < 13 or > 19)
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>ISO 13616 IBAN check: move the first four characters to the end, letters to numbers, mod 97 == 1.</summary>
    public static bool Iban(string iban)
    {
        if (iban.Length is < 15 or > 34 || !iban.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var numeric = string.Concat(rearranged.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (char.ToUpperInvariant(c) - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }
}

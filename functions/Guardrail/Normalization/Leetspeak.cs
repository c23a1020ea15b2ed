namespace AiSec.Guardrail.Normalization;

/// <summary>Digits and symbols standing for letters ("1gn0r3 pr3v10us"), mapped back only inside words that also hold letters.</summary>
internal static class Leetspeak
{
    public static char? Letter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '|' => 'l',
        _ => null,
    };
}

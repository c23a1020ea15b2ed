namespace AiSec.Program.Maturity;

/// <summary>The CMMI-style levels the seed's <c>assess_program_maturity</c> uses, with CMMI's names.</summary>
public static class MaturityLevel
{
    public const int Initial = 1;
    public const int Managed = 2;
    public const int Defined = 3;
    public const int QuantitativelyManaged = 4;
    public const int Optimizing = 5;

    public static string Name(int level) => level switch
    {
        Initial => "Initial",
        Managed => "Managed",
        Defined => "Defined",
        QuantitativelyManaged => "Quantitatively Managed",
        Optimizing => "Optimizing",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "levels are 1 to 5"),
    };
}

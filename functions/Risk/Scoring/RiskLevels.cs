namespace AiSec.Risk.Scoring;

public static class RiskLevels
{
    public const string Critical = "CRITICAL";
    public const string High = "HIGH";
    public const string Medium = "MEDIUM";
    public const string Low = "LOW";

    public static string For(double residual) => residual switch
    {
        >= 75 => Critical,
        >= 50 => High,
        >= 25 => Medium,
        _ => Low,
    };

    public static int Rank(string level) => level switch
    {
        Critical => 3,
        High => 2,
        Medium => 1,
        _ => 0,
    };
}

namespace AiSec.Program.Maturity;

/// <summary>
/// One dimension's maturity, with the seed's fields: level 1–5, its name, a score (the level plus the share of the
/// next level's criteria already met, 1.0–5.0), the evidence for it, and what the next level still needs.
/// </summary>
public sealed record MaturityAssessment(
    string Dimension, int Level, string LevelName, double Score, IReadOnlyList<string> Evidence, IReadOnlyList<string> GapsToNextLevel);

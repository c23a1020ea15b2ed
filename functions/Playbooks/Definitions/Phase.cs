namespace AiSec.Playbooks.Definitions;

/// <summary>The incident-response phases a step belongs to (NIST SP 800-61's life cycle).</summary>
public static class Phase
{
    public const string Detection = "detection";
    public const string Containment = "containment";
    public const string Eradication = "eradication";
    public const string Recovery = "recovery";
    public const string LessonsLearned = "lessons_learned";

    public static IReadOnlyList<string> All { get; } = [Detection, Containment, Eradication, Recovery, LessonsLearned];
}

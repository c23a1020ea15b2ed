using AiSec.Playbooks.Incidents;

namespace AiSec.Playbooks.Approvals;

/// <summary>
/// Nobody decides on an incident they raised or are the subject of: the approver's object id and sign-in name are
/// compared (case-insensitively) with who detected it and with the users it is about.
/// </summary>
public static class SeparationOfDuties
{
    /// <returns>Why the approver may not decide, or null.</returns>
    public static string? Conflict(Incident incident, Approver approver)
    {
        var who = new[] { approver.Key, approver.Name };
        if (Person(incident.DetectedBy) is { Length: > 0 } detector && who.Contains(detector, StringComparer.OrdinalIgnoreCase))
        {
            return $"{approver.Name} raised incident {incident.Id} ({incident.DetectedBy}) and cannot decide its steps";
        }

        return incident.Subjects.UserIds.FirstOrDefault(u => who.Contains(u, StringComparer.OrdinalIgnoreCase)) is { } subject
            ? $"{approver.Name} is a subject of incident {incident.Id} ({subject}) and cannot decide its steps"
            : null;
    }

    /// <summary>The person inside an actor name: <c>principal:alice@contoso.com</c>, <c>cli:alice</c>, <c>operator:alice (cli:bob)</c>.</summary>
    private static string Person(string actor)
    {
        var colon = actor.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? actor : actor[(colon + 1)..];
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return (space < 0 ? name : name[..space]).Trim();
    }
}

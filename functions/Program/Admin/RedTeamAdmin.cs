using AiSec.Program.RedTeam;
using AiSec.Shared.Admin;
using AiSec.Shared.Assets;
using AiSec.Shared.Audit;
using AiSec.Shared.Storage;

namespace AiSec.Program.Admin;

/// <summary>
/// The one way red-team records change: engagements, their findings, and remediations. Each is validated here,
/// whoever asks (CLI, HTTP), written, and recorded in the <c>admin</c> audit stream with its actor and the state
/// before and after.
/// </summary>
public sealed class RedTeamAdmin(AssetStore assets, AiSecStorage storage, IAuditLog audit, TimeProvider time)
{
    private const int MaxNameLength = 200;
    private const int MaxTitleLength = 500;
    private const int MaxNoteLength = 2000;
    private const int MaxScope = 500;

    private readonly RedTeamStore _store = new(storage);

    /// <exception cref="InvalidInputException">No name or lead, a date in the future, or an unregistered asset in scope.</exception>
    public async Task<RedTeamEngagement> AddEngagementAsync(EngagementRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var name = Text(request.Name, "name", MaxNameLength);
        var lead = Text(request.Lead, "lead", MaxNameLength);
        if (request.Date > now)
        {
            throw new InvalidInputException("date", $"{request.Date:yyyy-MM-dd} is in the future: record an engagement once it has taken place");
        }

        if (request.Date.Year < 2000)
        {
            throw new InvalidInputException("date", $"{request.Date:yyyy-MM-dd} is not a plausible engagement date");
        }

        var scope = (request.Scope ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (scope.Count > MaxScope)
        {
            throw new InvalidInputException("scope", $"at most {MaxScope} assets");
        }

        var resolved = new List<string>();
        foreach (var assetId in scope)
        {
            resolved.Add(await RegisteredAsync(assetId, "scope", cancellationToken));
        }

        var engagement = new RedTeamEngagement(NewId("rt"), name, request.Date.ToUniversalTime(), lead, resolved, now, actor.Name);
        await _store.SaveAsync(engagement, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "redteam_engagement_recorded", engagement.Id, "recorded", null, engagement, cancellationToken);
        return engagement;
    }

    /// <exception cref="InvalidInputException">Unknown engagement or asset, no title, an unknown severity, or a due date in the past.</exception>
    public async Task<RedTeamFinding> AddFindingAsync(FindingRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var engagementId = (request.EngagementId ?? "").Trim();
        var engagement = (engagementId.Length > 0 ? await _store.GetEngagementAsync(engagementId, cancellationToken) : null)
            ?? throw new InvalidInputException("engagementId", $"no red-team engagement '{request.EngagementId}' (see 'aisec redteam list')");
        var title = Text(request.Title, "title", MaxTitleLength);
        var severity = (request.Severity ?? "").Trim().ToLowerInvariant();
        if (!FindingSeverity.All.Contains(severity))
        {
            throw new InvalidInputException("severity", $"'{request.Severity}' is not one of {string.Join(", ", FindingSeverity.All)}");
        }

        if (request.DueAt is { } due && due <= now)
        {
            throw new InvalidInputException("due", $"{due:yyyy-MM-dd} is not in the future");
        }

        var assetId = string.IsNullOrWhiteSpace(request.AssetId) ? null : await RegisteredAsync(request.AssetId.Trim(), "assetId", cancellationToken);
        var finding = new RedTeamFinding(NewId("rtf"), engagement.Id, title, severity, assetId, request.DueAt?.ToUniversalTime(), now, actor.Name);
        await _store.SaveAsync(finding, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "redteam_finding_recorded", finding.Id, "open", null, finding, cancellationToken);
        return finding;
    }

    /// <summary>Remediating a remediated finding changes nothing and returns it as it is.</summary>
    /// <exception cref="InvalidInputException">Unknown finding or no name of who remediated it.</exception>
    public async Task<RedTeamFinding> RemediateAsync(RemediationRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var findingId = (request.FindingId ?? "").Trim();
        var finding = (findingId.Length > 0 ? await _store.GetFindingAsync(findingId, cancellationToken) : null)
            ?? throw new InvalidInputException("findingId", $"no red-team finding '{request.FindingId}' (see 'aisec redteam list')");
        var by = Text(request.RemediatedBy, "remediatedBy", MaxNameLength);
        if (request.Note is { } note && note.Trim().Length > MaxNoteLength)
        {
            throw new InvalidInputException("note", $"at most {MaxNoteLength} characters");
        }

        if (finding.IsRemediated)
        {
            return finding;
        }

        var remediated = finding with
        {
            RemediatedAt = time.GetUtcNow(),
            RemediatedBy = by,
            RemediationNote = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
        };
        await _store.SaveAsync(remediated, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "redteam_finding_remediated", finding.Id, "remediated", finding, remediated, cancellationToken);
        return remediated;
    }

    private async Task<string> RegisteredAsync(string assetId, string field, CancellationToken cancellationToken) =>
        (await assets.FindAsync(assetId, cancellationToken))?.Id
        ?? throw new InvalidInputException(field, $"no asset '{assetId}' in the registry");

    private static string Text(string? value, string field, int maxLength) =>
        value is not null && value.Trim() is { Length: > 0 } trimmed && trimmed.Length <= maxLength
            ? trimmed
            : throw new InvalidInputException(field, $"give a {field} of 1 to {maxLength} characters");

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];
}

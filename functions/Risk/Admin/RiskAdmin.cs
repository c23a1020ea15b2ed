using AiSec.Risk.Acceptance;
using AiSec.Risk.Assessment;
using AiSec.Risk.Scoring;
using AiSec.Shared.Admin;
using AiSec.Shared.Assets;
using AiSec.Shared.Audit;
using AiSec.Shared.Storage;

namespace AiSec.Risk.Admin;

/// <summary>
/// The statements people make to the risk model: manual attestations of controls nothing can observe, and
/// acceptances of an asset's residual risk until a date. Each is validated here, whoever asks, written, and recorded in the <c>admin</c>
/// audit stream with its actor and the state before and after. They count from the next assessment.
/// </summary>
public sealed class RiskAdmin(AssetStore assets, AiSecStorage storage, IAuditLog audit, TimeProvider time)
{
    private const int MaxAttestedByLength = 200;
    private const int MaxReasonLength = 2000;

    /// <summary>An acceptance is a decision to revisit, not a waiver: at most three years ahead.</summary>
    public static readonly TimeSpan MaxAcceptance = TimeSpan.FromDays(3 * 365);

    // The store is the capability's own table layout, internal so that this class is the only way to change it.
    private readonly AttestationStore _attestations = new(storage);
    private readonly AcceptanceStore _acceptances = new(storage);

    /// <summary>Control types that can be attested: those the risk model weighs.</summary>
    public static IReadOnlyList<string> Controls { get; } = [.. RiskTables.ControlWeights.Keys.Order(StringComparer.Ordinal)];

    /// <returns>The attestation as stored, or null when no asset has that id.</returns>
    /// <exception cref="InvalidInputException">Unknown control, no attester, or an expiry in the past.</exception>
    public async Task<Attestation?> AttestAsync(AttestationRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!Controls.Contains(request.Control))
        {
            throw new InvalidInputException("control", $"'{request.Control}' is not one of {string.Join(", ", Controls)}");
        }

        if (string.IsNullOrWhiteSpace(request.AttestedBy) || request.AttestedBy.Trim().Length > MaxAttestedByLength)
        {
            throw new InvalidInputException("attestedBy", $"name who attests (1 to {MaxAttestedByLength} characters)");
        }

        if (request.ExpiresAt is { } expires && expires <= now)
        {
            throw new InvalidInputException("expiresAt", $"{expires:o} is in the past");
        }

        var asset = await assets.FindAsync(request.AssetId, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        var before = await _attestations.GetAsync(asset.Id, request.Control, cancellationToken);
        var attestation = new Attestation(asset.Id, request.Control, request.AttestedBy.Trim(), now, request.ExpiresAt);
        await _attestations.SaveAsync(attestation, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "control_attested", asset.Id, "recorded", before, attestation, cancellationToken);
        return attestation;
    }

    /// <summary>
    /// Accepts an asset's residual risk until a date; a second acceptance of the same asset renews (replaces) the
    /// first. The dashboard counts active ones and lists expired ones as overdue until they are renewed.
    /// </summary>
    /// <exception cref="InvalidInputException">Unknown asset, no name or reason, or an end date not in the future.</exception>
    public async Task<RiskAcceptance> AcceptAsync(AcceptanceRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (string.IsNullOrWhiteSpace(request.AcceptedBy) || request.AcceptedBy.Trim().Length > MaxAttestedByLength)
        {
            throw new InvalidInputException("acceptedBy", $"name who accepts the risk (1 to {MaxAttestedByLength} characters)");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > MaxReasonLength)
        {
            throw new InvalidInputException("reason", $"say why the risk is accepted (1 to {MaxReasonLength} characters)");
        }

        if (request.Until <= now)
        {
            throw new InvalidInputException("until", $"{request.Until:yyyy-MM-dd HH:mm} UTC is not in the future");
        }

        if (request.Until > now + MaxAcceptance)
        {
            throw new InvalidInputException("until", $"{request.Until:yyyy-MM-dd} is more than {MaxAcceptance.TotalDays:0} days ahead");
        }

        var asset = await assets.FindAsync(request.AssetId ?? "", cancellationToken)
            ?? throw new InvalidInputException("assetId", $"no asset '{request.AssetId}' in the registry");
        var before = await _acceptances.GetAsync(asset.Id, cancellationToken);
        var acceptance = new RiskAcceptance(asset.Id, request.AcceptedBy.Trim(), request.Reason.Trim(), now, request.Until.ToUniversalTime(), actor.Name);
        await _acceptances.SaveAsync(acceptance, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "risk_accepted", asset.Id, before is null ? "accepted" : "renewed", before, acceptance, cancellationToken);
        return acceptance;
    }
}

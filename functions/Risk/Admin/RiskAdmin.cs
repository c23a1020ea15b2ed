using AiSec.Risk.Assessment;
using AiSec.Risk.Scoring;
using AiSec.Shared.Admin;
using AiSec.Shared.Assets;
using AiSec.Shared.Audit;
using AiSec.Shared.Storage;

namespace AiSec.Risk.Admin;

/// <summary>
/// The statements people make to the risk model: today manual attestations of controls nothing can observe (risk
/// acceptances belong here next). Each is validated here, whoever asks, written, and recorded in the <c>admin</c>
/// audit stream with its actor and the state before and after. They count from the next assessment.
/// </summary>
public sealed class RiskAdmin(AssetStore assets, AiSecStorage storage, IAuditLog audit, TimeProvider time)
{
    private const int MaxAttestedByLength = 200;

    // The store is the capability's own table layout, internal so that this class is the only way to change it.
    private readonly AttestationStore _attestations = new(storage);

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
}

namespace AiSec.Risk.Acceptance;

/// <summary>
/// A person's decision to accept an asset's residual risk until <see cref="Until"/>, with the reason. One per asset:
/// a renewal replaces it. Past <see cref="Until"/> it has expired and, unless renewed, is an overdue action.
/// </summary>
public sealed record RiskAcceptance(
    string AssetId, string AcceptedBy, string Reason, DateTimeOffset AcceptedAt, DateTimeOffset Until, string RecordedBy)
{
    public bool IsActive(DateTimeOffset now) => Until > now;
}

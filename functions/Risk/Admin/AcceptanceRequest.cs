namespace AiSec.Risk.Admin;

/// <summary><see cref="AcceptedBy"/> accepts the asset's residual risk until <see cref="Until"/>, for <see cref="Reason"/>.</summary>
public sealed record AcceptanceRequest(string AssetId, string AcceptedBy, DateTimeOffset Until, string Reason);

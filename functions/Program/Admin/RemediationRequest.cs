namespace AiSec.Program.Admin;

/// <summary><see cref="RemediatedBy"/> states that finding <see cref="FindingId"/> is fixed.</summary>
public sealed record RemediationRequest(string FindingId, string RemediatedBy, string? Note = null);

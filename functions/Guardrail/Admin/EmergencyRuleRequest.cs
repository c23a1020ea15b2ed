using AiSec.Guardrail.EmergencyRules;

namespace AiSec.Guardrail.Admin;

/// <summary>
/// An emergency rule as a person or a playbook asks for it. <see cref="Expires"/> is an ISO date-time or a duration
/// from now (<c>30m</c>, <c>2h</c>, <c>7d</c>); none means until it is removed. <see cref="Id"/> makes adding
/// idempotent: a playbook that runs its step twice replaces its own rule instead of adding a second one.
/// </summary>
public sealed record EmergencyRuleRequest(
    string Pattern,
    bool IsRegex = false,
    string App = EmergencyRule.AllApps,
    string? Expires = null,
    string? Description = null,
    string? Id = null);

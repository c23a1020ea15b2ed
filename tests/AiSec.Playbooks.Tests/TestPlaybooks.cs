namespace AiSec.Playbooks.Tests;

/// <summary>Small playbooks that replace shipped ones in tests, so each behaviour is reached in a few steps.</summary>
internal static class TestPlaybooks
{
    /// <summary>
    /// jailbreak_bypass: a detection step that closes on rejection (escalating to two roles in turn), an emergency
    /// rule, an approval-gated key block that raises to sev1 when it fails, and a lessons-learned step.
    /// </summary>
    public const string Jailbreak = """
        category: jailbreak_bypass
        name: Test jailbreak playbook
        description: A short playbook for orchestration tests.
        default_severity: sev3
        sources: ["tests"]
        detection_rules: ["test"]
        containment_actions: [deploy_emergency_guardrail, block_api_key]
        evidence_to_collect: ["test"]
        notification_requirements:
          - role: ciso
            within_minutes: 60
            severities: [sev1, sev2]
        steps:
          - number: 1
            phase: detection
            action: Confirm the detection
            responsible_role: on_call_engineer
            automated: false
            timeout_minutes: 10
            on_reject: close
            escalation:
              on: [timeout]
              notify: [ai_security_lead, ciso]
          - number: 2
            phase: containment
            action: Block the payload
            responsible_role: on_call_engineer
            automated: true
            run: deploy_emergency_guardrail
            timeout_minutes: 5
          - number: 3
            phase: containment
            action: Block the attacker's key
            responsible_role: ai_security_lead
            automated: true
            run: block_api_key
            requires_approval: true
            timeout_minutes: 10
            escalation:
              on: [failure, timeout]
              notify: [ciso]
              raise_severity_to: sev1
          - number: 4
            phase: lessons_learned
            action: Review
            responsible_role: ai_security_lead
            automated: false
            timeout_minutes: 10
        """;

    /// <summary>
    /// jailbreak_bypass with the SEV1 chain as data (ai_security_lead after 5 minutes, ciso after 15) and none
    /// for other severities: a detection step with no escalation of its own follows it; a lessons-learned step with its
    /// own timeout escalation (to legal) does not.
    /// </summary>
    public const string SeverityChains = """
        category: jailbreak_bypass
        name: Test severity chains
        description: Escalation chains per severity for steps without their own.
        default_severity: sev3
        severity_escalation:
          sev1:
            - role: ai_security_lead
              after_minutes: 5
            - role: ciso
              after_minutes: 15
        steps:
          - number: 1
            phase: detection
            action: Confirm the detection
            responsible_role: on_call_engineer
            automated: false
            timeout_minutes: 10
          - number: 2
            phase: lessons_learned
            action: Review
            responsible_role: ai_security_lead
            automated: false
            timeout_minutes: 10
            escalation:
              on: [timeout]
              notify: [legal]
        """;

    public static IReadOnlyDictionary<string, string> Files(string yaml) => new Dictionary<string, string> { ["test.yaml"] = yaml };
}

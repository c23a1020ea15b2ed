using System.Text.Json;
using AiSec.Guardrail.Admin;
using AiSec.Guardrail.Policy;
using AiSec.Shared.Admin;

namespace AiSec.Guardrail.Tests;

/// <summary>What the guardrail's admin refuses before anything is stored, and how it names the field.</summary>
public sealed class AdminValidationTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("""{"attackThreshold": "high"}""", "attackThreshold")]
    [InlineData("""{"attackThreshold": 1.5}""", "attackThreshold")]
    [InlineData("""{"atackThreshold": 0.5}""", "atackThreshold")]
    [InlineData("""{"actions": {"jailbreak": "nuke"}}""", "actions.jailbreak")]
    [InlineData("""{"actions": {"jailbrake": "block"}}""", "actions.jailbrake")]
    [InlineData("""{"canaryToken": "abc"}""", "canaryToken")]
    [InlineData("""{"maxInputChars": 0}""", "maxInputChars")]
    [InlineData("""{"requestsPerSecond": -1}""", "requestsPerSecond")]
    [InlineData("""[]""", "$")]
    [InlineData("""{"attackThreshold": """, "attackThreshold")]
    public void Policy_documents_name_the_field_at_fault(string json, string field)
    {
        var refused = Assert.Throws<InvalidInputException>(() => PolicyDocument.Read(json));

        Assert.Equal(field, refused.Field);
        Assert.StartsWith(field + ": ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_policy_show_prints_is_a_valid_policy_document()
    {
        var shown = JsonSerializer.Serialize(GuardrailPolicy.Default with { AttackThreshold = 0.6, CanaryToken = "CANARY-7f3a9c" }, JsonSerializerOptions.Web);

        var read = PolicyDocument.Read(shown);

        Assert.Equal(shown, JsonSerializer.Serialize(read, JsonSerializerOptions.Web));
    }

    [Theory]
    [InlineData("30m", 30)]
    [InlineData("2h", 120)]
    [InlineData("1.5h", 90)]
    [InlineData("7d", 7 * 1_440)]
    public void Rule_expiry_takes_a_duration_from_now(string value, int minutes) =>
        Assert.Equal(Now.AddMinutes(minutes), RuleExpiry.Parse(value, Now));

    [Fact]
    public void Rule_expiry_takes_an_iso_date_and_none_means_never()
    {
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), RuleExpiry.Parse("2025-07-01T00:00:00Z", Now));
        Assert.Null(RuleExpiry.Parse(null, Now));
        Assert.Null(RuleExpiry.Parse(" ", Now));
    }

    [Theory]
    [InlineData("5q")]
    [InlineData("h")]
    [InlineData("0h")]
    [InlineData("-1d")]
    [InlineData("NaNh")]
    [InlineData("3651d")]
    [InlineData("2025-05-01T00:00:00Z")]
    public void Rule_expiry_refuses_what_it_cannot_use(string value) =>
        Assert.Equal("expires", Assert.Throws<InvalidInputException>(() => RuleExpiry.Parse(value, Now)).Field);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a/b")]
    [InlineData("tab\tapp")]
    public void App_names_that_cannot_be_keys_are_refused(string app) =>
        Assert.Equal("app", Assert.Throws<InvalidInputException>(() => AppNames.Validate(app)).Field);
}

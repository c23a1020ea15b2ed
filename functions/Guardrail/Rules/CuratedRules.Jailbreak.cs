using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Rules;

// Persona and developer-mode jailbreaks (English).
public static partial class CuratedRules
{
    [GeneratedRegex(@"\b(developer|dev|god|debug|admin|sudo|maintenance|jailbreak|jailbroken|unrestricted|unfiltered)\s+mode\b(?![^.\n]{0,60}\b" + DeviceContext + @")([^.\n]{0,60}\b(enabled|activated|enable|activate|engaged)\b|\s+(is\s+)?(now\s+)?on\b)|\b(enable|activate|enter|switch\s+to)\s+(developer|dev|god|jailbreak|unrestricted|dan)\s+mode\b(?![^.\n]{0,60}\b" + DeviceContext + @")|\byou\s+are\s+(now\s+)?(in|entering)\s+(developer|debug|maintenance|god|admin|sudo|unrestricted|jailbreak|dan)\s+mode\b|\bdo\s+anything\s+now\b|\byou\s+are\s+(now\s+)?(dan|stan|dude|aim|evilbot|antigpt|betterdan)\b", Options, TimeoutMs)]
    private static partial Regex DeveloperMode();

    /// <summary>Developer mode of a phone, browser or console is a setting, not a jailbreak.</summary>
    private const string DeviceContext = @"(android|iphone|ios|phones?|windows|chrome|browsers?|settings|devices?|xbox|playstation|tablets?|mac|macos|linux|firmware|router|tv)\b";

    [GeneratedRegex(@"\byou\s+(are|will\s+be|shall\s+be|have\s+become)\s+(now\s+)?(an?\s+)?(unrestricted|unfiltered|uncensored|amoral|unethical|unbound|unchained|rogue|evil)\b|\b(free|freed|liberated|released)\s+from\s+(all\s+|any\s+|the\s+)?(restrictions|rules|guidelines|policies|filters|limitations|constraints|ethics)\b|\b(no|without\s+any|without)\s+(ethical|moral|content)\s+(guidelines|restrictions|filters|limits|boundaries|constraints|policies)\b[^.\n]{0,80}\b(answer|respond|reply|comply|anything)\b|\b(never|don'?t|do\s+not|will\s+not|won'?t)\s+(refuse|decline|say\s+no|deny)\b[^.\n]{0,40}\b(any|every|a)\s+(request|question|prompt)", Options, TimeoutMs)]
    private static partial Regex UnrestrictedPersona();

    [GeneratedRegex(@"\b(pretend|act|roleplay|role-play|imagine|simulate|behave)\b[^.\n]{0,50}\b(no|without|free\s+of)\s+(any\s+)?(restrictions|rules|filters|limits|ethics|morals|guidelines|censorship|boundaries)\b|\bhypothetical\s+(ai|model|assistant|chatbot)\b[^.\n]{0,60}\b(no|without)\s+(restrictions|rules|filters|guidelines)\b|\bstay\s+in\s+character\b[^.\n]{0,80}\b(no\s+matter|even\s+if|whatever)\b", Options, TimeoutMs)]
    private static partial Regex RoleplayWithoutRules();
}

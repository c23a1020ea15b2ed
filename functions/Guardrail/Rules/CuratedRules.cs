using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// Hand-written patterns for attack phrasings that generalize beyond any training set: instruction override,
/// persona jailbreaks, developer mode, system-prompt extraction, tool abuse, and "ignore previous instructions"
/// in the languages attackers switch to. Source-generated, case-insensitive, with a match timeout. They run on
/// normalized text, so obfuscations are already undone. Each pattern requires an attack's structure (a verb aimed
/// at the model's instructions), not a trigger word, so prompts that merely talk about security stay clean.
/// </summary>
public static partial class CuratedRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int TimeoutMs = Detection.RegexBudget.MatchTimeoutMs;

    /// <param name="Anchors">
    /// Words one of which every match contains, found with a vectorized multi-string search first; a pattern whose
    /// alternatives start with common letters would otherwise be tried at nearly every position.
    /// </param>
    public sealed record Rule(string Id, string Category, double Score, Regex Pattern, RuleAnchors? Anchors = null)
    {
        public bool CanMatch(string text) => Anchors is null || Anchors.FoundIn(text);
    }

    private static RuleAnchors AnyOf(params string[] words) => new(words);

    /// <remarks>
    /// The multilingual rules are several small patterns per script rather than one alternation: a pattern whose
    /// branches start with few distinct letters is searched with vectorized IndexOf, while one huge alternation
    /// retries every branch at every position (measured: 620 µs against a few µs on a 2,000-character prompt).
    /// </remarks>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new("override-previous-instructions", DetectionCategory.PromptInjection, 0.95, OverridePrevious(),
            AnyOf("instruction", "prompt", "rule", "direction", "guideline", "command", "context", "message", "constraint", "order", "programming", "polic", "guardrail", "filter")),
        new("override-previous-instructions", DetectionCategory.PromptInjection, 0.9, CancelPriorCommands(),
            AnyOf("cancel", "revoke", "nullify", "void", "scrap", "rescind", "withdraw")),
        new("new-instructions", DetectionCategory.PromptInjection, 0.85, NewInstructions()),
        new("forget-everything-before", DetectionCategory.PromptInjection, 0.9, ForgetEverything(),
            AnyOf("forget", "ignore", "disregard", "scratch", "erase", "discard", "drop", "abandon", "heed", "never mind", "listen to", "follow", "obey", "despite", "regardless", "aside")),
        new("ignore-your-instructions", DetectionCategory.PromptInjection, 0.9, IgnoreYourInstructions()),
        new("new-task-follows", DetectionCategory.PromptInjection, 0.85, NewTaskFollows()),
        new("stop-and-instead", DetectionCategory.PromptInjection, 0.8, StopAndInstead(), AnyOf("stop", "halt", "cease", "instead")),
        new("tool-abuse", DetectionCategory.PromptInjection, 0.8, ToolAbuse()),
        new("hijack-announced", DetectionCategory.PromptInjection, 0.85, HijackAnnounced(),
            AnyOf("going to", "stop", "halt", "new instruction", "reprogram", "user", "ignore", "disregard", "forget")),
        new("covert-agent-action", DetectionCategory.PromptInjection, 0.85, CovertAgentAction(),
            AnyOf("without asking", "without telling", "without informing", "without notifying", "without alerting", "without confirming")),
        new("covert-agent-action", DetectionCategory.PromptInjection, 0.85, SpoofedNoteBeforeAnswering(), AnyOf("before answering", "before replying", "before responding")),
        new("covert-agent-action", DetectionCategory.PromptInjection, 0.85, SecretsSentOut(), AnyOf("password", "credential", "api key", "secret", "token", "private key")),
        new("note-to-the-model", DetectionCategory.PromptInjection, 0.85, NoteToTheModel(), AnyOf("note", "instruction", "comment", "message")),
        new("request-in-record-field", DetectionCategory.PromptInjection, 0.85, RequestInRecordField(), AnyOf("':", "\":")),
        new("concrete-action-in-record-field", DetectionCategory.PromptInjection, 0.85, ConcreteActionInRecordField(), AnyOf("':", "\":")),
        new("sandbox-pretext", DetectionCategory.Jailbreak, 0.85, SandboxPretext(), AnyOf("sandbox", "mode", "developer", "environment", "easter egg")),
        new("multilingual-override", DetectionCategory.PromptInjection, 0.95, MultilingualOverrideIgnore(), AnyOf("ignor", "obige", "abweichend", "glöm")),
        new("multilingual-override", DetectionCategory.PromptInjection, 0.95, MultilingualOverrideForget()),
        new("multilingual-override", DetectionCategory.PromptInjection, 0.95, MultilingualOverrideCyrillic()),
        new("multilingual-override", DetectionCategory.PromptInjection, 0.95, MultilingualOverrideCjk()),
        new("multilingual-override", DetectionCategory.PromptInjection, 0.95, MultilingualOverrideTurkishVietnamese()),
        new("multilingual-override", DetectionCategory.PromptInjection, 0.95, MultilingualOverrideArabicPersianHindi()),
        new("developer-mode", DetectionCategory.Jailbreak, 0.95, DeveloperMode(),
            AnyOf("mode", "anything now", "dan", "stan", "dude", "aim", "evilbot", "antigpt")),
        new("developer-mode-multilingual", DetectionCategory.Jailbreak, 0.9, DeveloperModeMultilingual(),
            AnyOf("filtro", "filtre", "filter", "filtri", "filtry", "фильтр", "фільтр", "过滤", "フィルター", "필터", "filtrel", "bộ lọc", "فلاتر", "مرشحات", "फ़िल्टर", "फिल्टर")),
        new("grandmother-exploit", DetectionCategory.Jailbreak, 0.85, GrandmotherExploit(),
            AnyOf("grand", "granny", "oma", "opa", "mutter", "vater", "avó", "avô", "avo", "abuel", "nonno", "дедушк", "爷爷", "祖父", "할아버지", "büyükbaba", "kakek", "farfar", "morfar", "dziad", "nonna", "бабус", "бабушк", "奶奶", "祖母", "할머니", "büyükanne", "nenek", "bà ", "جدتي", "दादी", "नानी", "farmor", "mormor", "babci")),
        new("grandmother-exploit", DetectionCategory.Jailbreak, 0.85, GrandparentRoleplay(), AnyOf("grand", "nana", "late ", "deceased", "dead ", "departed")),
        new("stop-translating", DetectionCategory.PromptInjection, 0.85, StopTranslating(),
            AnyOf("translat", "traduc", "traduz", "tradui", "übersetz", "ubersetz", "tradurre", "vertalen", "översätt", "översatt", "oversatt", "oversätt", "tłumacz", "tlumacz", "переводить", "перекладати", "翻译", "翻訳", "번역", "çevirme", "menerjemahkan", "dịch", "الترجمة", "अनुवाद")),
        new("fake-admin-instruction", DetectionCategory.PromptInjection, 0.85, FakeAdminInstruction(),
            AnyOf("admin", "amministr", "beheerder", "system", "developer", "администратор", "адміністратор", "管理员", "管理者", "관리자", "yönetici", "quản trị", "المسؤول", "व्यवस्थापक")),
        new("unrestricted-persona", DetectionCategory.Jailbreak, 0.9, UnrestrictedPersona()),
        new("unrestricted-persona", DetectionCategory.Jailbreak, 0.85, LimitlessPersona(),
            AnyOf("unfiltered", "amoral", "uncensored", "unrestricted", "unethical", "unbound", "jailbroken", "unchained", "unaligned", "have any", "evil", "rogue", "malicious", "restricted by", "bound by", "limited by", "constrained by")),
        new("developer-mode", DetectionCategory.Jailbreak, 0.9, ModeSwitchKorean(), AnyOf("mode")),
        new("safety-switched-off", DetectionCategory.Jailbreak, 0.85, SafetySwitchThrown(), AnyOf(":", "=", "jailbroken")),
        new("refusal-sidestep", DetectionCategory.Jailbreak, 0.85, RefusalSidestep(), AnyOf("opposite", "start", "begin", "prefix", "no matter", "refusal")),
        new("persona-without-limits", DetectionCategory.Jailbreak, 0.85, LicenseToAnswerAnything(), AnyOf("anything", "everything", "two ")),
        new("persona-without-limits", DetectionCategory.Jailbreak, 0.85, LimitsGoneFromTheModel(), AnyOf("escaped", "free of", "free from", "bypassed", "speak freely", "where")),
        new("persona-without-limits", DetectionCategory.Jailbreak, 0.85, SafetyWrittenOut(), AnyOf("deleted", "removed", "disabled", "stripped", "turned off", "confidant", "accomplice", "harmful advice", "dataset", "training data")),
        new("fiction-wrapped-harm", DetectionCategory.Jailbreak, 0.85, FictionWrappedHarm(), AnyOf("how to", "step by step", "step-by-step", "detail", "instructions for", "recipe for", "exact quantities", "exact amounts", "exact measurements")),
        new("instructions-declared-void", DetectionCategory.PromptInjection, 0.85, InstructionsDeclaredVoid(), AnyOf("void", "null", "suspended", "lifted", "revoked", "disabled", "invalid", "irrelevant", "cancel", "no longer")),
        new("instructions-declared-void", DetectionCategory.PromptInjection, 0.85, RulesLapsed(), AnyOf("don't", "do not", "no longer", "won't", "expired", "lapsed", "superseded", "obsolete")),
        new("instructions-declared-void", DetectionCategory.PromptInjection, 0.85, ToldIsVoid(), AnyOf("you were", "you have been", "you've been")),
        new("instructions-declared-void", DetectionCategory.PromptInjection, 0.85, SoleAuthority(), AnyOf("your only", "your sole", "your real", "your true")),
        new("instructions-declared-void", DetectionCategory.PromptInjection, 0.85, PriorRulesLifted(), AnyOf("revoked", "void", "lifted", "suspended", "disabled", "cancel", "removed", "null", "have no")),
        new("instructions-declared-void", DetectionCategory.PromptInjection, 0.85, SessionReset(), AnyOf("reset", "wiped", "cleared", "restarted")),
        new("roleplay-without-rules", DetectionCategory.Jailbreak, 0.85, RoleplayWithoutRules()),
        new("no-warnings-in-character", DetectionCategory.Jailbreak, 0.85, NoWarningsInCharacter(), AnyOf("in character")),
        new("persona-without-limits", DetectionCategory.Jailbreak, 0.85, PersonaWithoutLimits(),
            AnyOf("never refuse", "answers everything", "answers anything", "answer everything", "answer anything", "every question", "all questions", "breaking", "ignoring", "bending", "dangerous", "illegal", "harmful", "unethical", "ignores", "do anything", "never says", "always answers", "always complies", "never mentions", "never cares")),
        new("safety-switched-off", DetectionCategory.Jailbreak, 0.85, SafetySwitchedOff(), AnyOf("disable", "turn off", "deactivate", "bypass", "lift", "suspend", "exist", "apply", "turned off", "switched off", "removed", "gone", " off")),
        new("reveal-system-prompt", DetectionCategory.PromptExtraction, 0.95, RevealSystemPrompt(),
            AnyOf("prompt", "instruction", "rule", "password", "passphrase", "secret", "message", "guideline", "directive", "configuration", "constraint", "principle")),
        new("repeat-text-above", DetectionCategory.PromptExtraction, 0.9, RepeatAbove()),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, TextBeforeUserTurn()),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, PromptsReceived(), AnyOf("receiv", "given", "got", "told", " of your", "in your", "from your", "inside your")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, ToldBeforeConversation()),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, ConfidentialDeveloperMessage()),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, YourInitialConfiguration()),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, InitializationString()),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, MessageThatConfiguredYou()),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, EverythingBeforeMyMessage()),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, YourEntirePrompt(),
            AnyOf("entire", "full", "whole", "complete", "exact", "verbatim", "setup", "configuration", "startup", "boot")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, ConsoleLogSystemPrompt()),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, SetupAskedAbout(), AnyOf("what", "which", "context")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, SetupUnseen(),
            AnyOf("configured", "set up", "instructed", "prompted", "programmed", "word for word", "verbatim", "added", "given", "attached", "provided", "can't see", "cannot see", "can not see", "not able to see", "containing your", "holding your", "including your")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, SetupAskedAround(), AnyOf("echo", "not to", " of your")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, ContextOrKeysAskedFor(), AnyOf("between", "you configured", "you been configured", "you given", "you been given", "you set up", "you provided", "you initiali")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, SetupWrittenForYou(), AnyOf("your operator", "your developer", "your creator", "your maker", "for you")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, PromptInAForm(),
            AnyOf("your system", "your initial", "your hidden", "your original", "your secret", "your entire", "your full", "your complete", "your exact", "your whole")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, VerbatimFromYourPrompt(), AnyOf("verbatim", "word for word", "word-for-word")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, PartOfYourPrompt(), AnyOf("prompt", "instructions")),
        new("extraction-target", DetectionCategory.PromptExtraction, 0.9, PreviousInstructionsOutput(), AnyOf("previous", "prior", "preceding", "above", "earlier")),
        new("secret-password-spelled-out", DetectionCategory.PromptExtraction, 0.9, SecretPasswordSpelledOut(),
            AnyOf("letter", "lettre", "buchstabe", "letra", "lettera", "litera", "harf", "huruf", "по буквам", "一文字ずつ", "一个字", "逐字", "글자씩", "từng chữ", "حرف", "अक्षर")),
        new("confidential-instructions-received", DetectionCategory.PromptExtraction, 0.9, ConfidentialInstructionsReceived(),
            AnyOf("confidential", "vertraulich", "confidenci", "riservat", "vertrouwelijk", "poufn", "конфиденциальн", "конфіденційн", "機密", "机密", "保密", "기밀", "gizli", "rahasia", "bí mật", "السرية", "गोपनीय")),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionGerman()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionFrench()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionSpanish()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionPortuguese()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionItalian()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionDutchPolish()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionTurkish()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionIndonesian()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionVietnamese()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionCyrillic()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionCjk()),
        new("multilingual-extraction", DetectionCategory.PromptExtraction, 0.9, MultilingualExtractionArabicHindi()),
        new("planted-for-the-reader", DetectionCategory.PromptInjection, 0.9, PlantedForTheReader()),
        new("fake-authority-or-end", DetectionCategory.PromptInjection, 0.85, FakeAuthorityOrEnd(), AnyOf("override", "===", "---", "###", "***", "___", "task", "end of")),
        new("secret-asked-sideways", DetectionCategory.PromptExtraction, 0.85, SecretAskedSideways(), AnyOf("what are you", "what were you", " is:", " are:", " was:", " were:", " is :", " are :", " was :", " were :")),
        new("addressed-to-the-machine", DetectionCategory.PromptInjection, 0.85, AddressedToTheMachine(),
            AnyOf("automated", "llm", "language model", "machine", "visible", "readable", "addressed", "invisible", " ai", " bot", "model")),
        new("conditional-response-override", DetectionCategory.PromptInjection, 0.85, ConditionalOverride(), AnyOf("if ", "disregard", "ignore", "override")),
        new("hateful-content-request", DetectionCategory.Jailbreak, 0.85, HatefulContentRequest()),
    ];

    /// <summary>
    /// The content rules that also hold inside a document the user pastes after a task ("Summarize this email: …"):
    /// orders to the assistant or the agent. Not the answer-format ones, which the user may add after the document.
    /// </summary>
    private static IReadOnlyList<Rule> AddressedToTheModel { get; } =
    [
        new("instruction-to-assistant-in-content", DetectionCategory.PromptInjection, 0.85, ReaderAddressed(),
            AnyOf("ai ", "ai:", "ai,", "ai-", "ai!", "ais ", "assistant", "chatbot", "language model", "llm", "gpt", "copilot", "agent", "summari", " bot", "whoever")),
        new("instruction-to-assistant-in-content", DetectionCategory.PromptInjection, 0.85, AiReaderToldWhatToClaim(),
            AnyOf("ai ", "ai:", "ai,", "ai-", "llm", "language model", "chatbot", "gpt", "copilot")),
        new("instruction-to-assistant-in-content", DetectionCategory.PromptInjection, 0.85, ModelTaskDropped(),
            AnyOf("disregard", "ignore", "forget", "abandon", "skip", "drop")),
        new("instruction-to-assistant-in-content", DetectionCategory.PromptInjection, 0.85, NoteToAiSystems(),
            AnyOf("note", "message", "memo", "instruction", "notice", "reminder")),
        new("tool-call-in-content", DetectionCategory.PromptInjection, 0.85, NoteForTheModel(),
            AnyOf("note", "nota", "hinweis", "remarque", "aviso", "avviso", "[", "(", "<")),
        new("tool-call-in-content", DetectionCategory.PromptInjection, 0.85, ToolInvocation(), AnyOf("_", ".")),
        new("tool-call-in-content", DetectionCategory.PromptInjection, 0.85, KeptFromTheUser(), AnyOf("the user")),
        new("tool-call-in-content", DetectionCategory.PromptInjection, 0.85, AgentMustAct(), AnyOf("assistant", "ai ", "agent", "model", "bot", "llm")),
    ];

    /// <summary>
    /// Instructions addressed to the assistant. Normal in a user's own prompt ("in your answer, include..."), but in
    /// a retrieved document or a tool's output nobody should be giving the model orders: there they mark indirect
    /// injection, so these run only on content.
    /// </summary>
    public static IReadOnlyList<Rule> IndirectOnly { get; } =
    [
        .. AddressedToTheModel,
        new("answer-manipulation-in-content", DetectionCategory.PromptInjection, 0.85, AnswerManipulation()),
    ];

    public static void Scan(string text, List<RuleMatch> matches, TextRole role = TextRole.UserText)
    {
        Scan(All, text, matches);
        if (role == TextRole.Content)
        {
            Scan(IndirectOnly, text, matches);
        }
        else if (role == TextRole.UserTextWithDocument)
        {
            Scan(AddressedToTheModel, text, matches);
        }

        ConceptRules.Scan(text, matches, role);
    }

    /// <summary>
    /// The match, or null when the rule times out twice. One timeout can be the JIT moving a long match to optimized
    /// code (measured at about 40 ms) or the thread losing its core on a busy machine (a CI run timed out a match on a
    /// one-line German text); only a pattern that backtracks times out again. A pathological input must not stall the
    /// request: the classifier still scores it.
    /// </summary>
    public static Match? MatchWithin(Regex pattern, string text)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return pattern.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // Tried once more: by now the match runs on optimized code.
            }
        }

        return null;
    }

    /// <summary>Adds the first match of each rule whose anchors the text holds; a rule that times out twice is skipped.</summary>
    internal static void Scan(IReadOnlyList<Rule> rules, string text, List<RuleMatch> matches)
    {
        foreach (var rule in rules)
        {
            if (!rule.CanMatch(text))
            {
                continue;
            }

            if (MatchWithin(rule.Pattern, text) is { Success: true } match)
            {
                matches.Add(new RuleMatch(rule.Id, rule.Category, rule.Score, match.Index, match.Index + match.Length));
            }
        }
    }
}

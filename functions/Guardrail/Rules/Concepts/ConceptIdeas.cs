namespace AiSec.Guardrail.Rules;

/// <summary>The ideas of <see cref="ConceptLexicon"/> as the rules combine them, and the ideas made of other ideas.</summary>
internal static class ConceptIdeas
{
    // First, so the composite ideas below can use it while the class initializes.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ConceptIdea, ConceptIdea> AskingCache = new();

    public static readonly ConceptIdea Dismiss = new(nameof(Dismiss), ConceptLexicon.Dismiss);
    public static readonly ConceptIdea Instructions = new(nameof(Instructions), ConceptLexicon.Instructions);
    public static readonly ConceptIdea Prior = new(nameof(Prior), ConceptLexicon.Prior);
    public static readonly ConceptIdea Reveal = new(nameof(Reveal), ConceptLexicon.Reveal);
    public static readonly ConceptIdea HiddenSetup = new(nameof(HiddenSetup), ConceptLexicon.HiddenSetup);
    public static readonly ConceptIdea Without = new(nameof(Without), ConceptLexicon.Without);
    public static readonly ConceptIdea Limits = new(nameof(Limits), ConceptLexicon.Limits);
    public static readonly ConceptIdea Respond = new(nameof(Respond), ConceptLexicon.Respond);
    public static readonly ConceptIdea KeepReminder = new(nameof(KeepReminder), ConceptLexicon.KeepReminder);
    public static readonly ConceptIdea PromptCraft = new(nameof(PromptCraft), ConceptLexicon.PromptCraft);
    public static readonly ConceptIdea Secret = new(nameof(Secret), ConceptLexicon.Secret);

    public static readonly ConceptIdea SetupNoun = new(nameof(SetupNoun), ConceptLexicon.SetupNoun);
    public static readonly ConceptIdea YoursBefore = new(nameof(YoursBefore), ConceptLexicon.YoursBefore);
    public static readonly ConceptIdea PriorAdjective = new(nameof(PriorAdjective), ConceptLexicon.PriorAdjective);
    public static readonly ConceptIdea YoursAfter = new(nameof(YoursAfter), ConceptLexicon.YoursAfter);
    public static readonly ConceptIdea SetupPhrase = new(nameof(SetupPhrase), ConceptLexicon.SetupPhrase);
    public static readonly ConceptIdea Reported = new(nameof(Reported), ConceptLexicon.Reported);
    public static readonly ConceptIdea VoidState = new(nameof(VoidState), ConceptLexicon.VoidState);
    public static readonly ConceptIdea Obey = new(nameof(Obey), ConceptLexicon.Obey);
    public static readonly ConceptIdea ObeyOnlyMe = new(nameof(ObeyOnlyMe), ConceptLexicon.ObeyOnlyMe);
    public static readonly ConceptIdea OnlyMe = new(nameof(OnlyMe), ConceptLexicon.OnlyMe);

    public static readonly ConceptIdea ThisModel = new(nameof(ThisModel), ConceptLexicon.ThisModel);
    /// <summary>The model's set-up: "your instructions", "the rules you were given", "whatever you were told".</summary>
    public static readonly ConceptIdea ModelSetup = ConceptIdea.AnyOf(
        nameof(ModelSetup),
        ConceptIdea.Followed("YourSetup", YoursBefore, SetupNoun, 20),
        ConceptIdea.Followed("SetupYouGot", SetupNoun, YoursAfter, 30),
        ConceptIdea.Within("PriorSetupToYou", ConceptIdea.Followed("PriorSetup", PriorAdjective, SetupNoun, 20), ThisModel, 100),
        SetupPhrase,
        HiddenSetup);

    public static readonly ConceptIdea SafetyTarget = new(nameof(SafetyTarget), ConceptLexicon.SafetyTarget);
    public static readonly ConceptIdea OffState = new(nameof(OffState), ConceptLexicon.OffState);

    public static readonly ConceptIdea Enumerate = new(nameof(Enumerate), ConceptLexicon.Enumerate);
    public static readonly ConceptIdea ToolDefinitions = new(nameof(ToolDefinitions), ConceptLexicon.ToolDefinitions);
    public static readonly ConceptIdea CredentialNoun = new(nameof(CredentialNoun), ConceptLexicon.CredentialNoun);
    public static readonly ConceptIdea HeldByYou = new(nameof(HeldByYou), ConceptLexicon.HeldByYou);
    public static readonly ConceptIdea OwnSecretCare = new(nameof(OwnSecretCare), ConceptLexicon.OwnSecretCare);
    public static readonly ConceptIdea AskFor = new(nameof(AskFor), ConceptLexicon.AskFor);

    /// <summary>Showing, listing or re-encoding: any way of getting a text out.</summary>
    public static readonly ConceptIdea GetOut = ConceptIdea.AnyOf(nameof(GetOut), Reveal, Enumerate, AskFor);

    /// <summary>A credential the model holds: "the API keys you were configured with", "your token".</summary>
    public static readonly ConceptIdea ModelCredential = ConceptIdea.Near(nameof(ModelCredential), CredentialNoun, HeldByYou, 30);

    public static readonly ConceptIdea HowToAsk = new(nameof(HowToAsk), ConceptLexicon.HowToAsk);
    public static readonly ConceptIdea MakeVerb = new(nameof(MakeVerb), ConceptLexicon.MakeVerb);
    public static readonly ConceptIdea Explosives = new(nameof(Explosives), ConceptLexicon.Explosives);
    public static readonly ConceptIdea ChemBioWeapons = new(nameof(ChemBioWeapons), ConceptLexicon.ChemBioWeapons);
    public static readonly ConceptIdea IllicitFirearms = new(nameof(IllicitFirearms), ConceptLexicon.IllicitFirearms);
    public static readonly ConceptIdea Poisons = new(nameof(Poisons), ConceptLexicon.Poisons);
    public static readonly ConceptIdea HardDrugs = new(nameof(HardDrugs), ConceptLexicon.HardDrugs);
    public static readonly ConceptIdea Malware = new(nameof(Malware), ConceptLexicon.Malware);
    public static readonly ConceptIdea FraudInstruments = new(nameof(FraudInstruments), ConceptLexicon.FraudInstruments);
    public static readonly ConceptIdea Crime = new(nameof(Crime), ConceptLexicon.Crime);
    public static readonly ConceptIdea Disinformation = new(nameof(Disinformation), ConceptLexicon.Disinformation);
    public static readonly ConceptIdea SelfHarm = new(nameof(SelfHarm), ConceptLexicon.SelfHarm);
    public static readonly ConceptIdea Hate = new(nameof(Hate), ConceptLexicon.Hate);
    public static readonly ConceptIdea Harassment = new(nameof(Harassment), ConceptLexicon.Harassment);
    public static readonly ConceptIdea HarmAPerson = new(nameof(HarmAPerson), ConceptLexicon.HarmAPerson);
    public static readonly ConceptIdea Victim = new(nameof(Victim), ConceptLexicon.Victim);
    public static readonly ConceptIdea Evasion = new(nameof(Evasion), ConceptLexicon.Evasion);
    public static readonly ConceptIdea Defence = new(nameof(Defence), ConceptLexicon.Defence);
    public static readonly ConceptIdea PlayOrWordplay = new(nameof(PlayOrWordplay), ConceptLexicon.PlayOrWordplay);
    public static readonly ConceptIdea NewsStory = new(nameof(NewsStory), ["news story", "news stories", "cover story", "news article"]);
    public static readonly ConceptIdea Frame = new(nameof(Frame), ConceptLexicon.Frame);

    /// <summary>Anything a harmful request asks for.</summary>
    public static readonly ConceptIdea HarmfulThing = ConceptIdea.AnyOf(
        nameof(HarmfulThing), Explosives, ChemBioWeapons, IllicitFirearms, Poisons, HardDrugs, Malware, FraudInstruments, Crime, Disinformation, SelfHarm, Hate, Harassment);

    /// <summary>A request for one: "how do I make" near "a pipe bomb".</summary>
    public static readonly ConceptIdea HarmfulAsk = ConceptIdea.AnyOf(nameof(HarmfulAsk), [.. HarmDomains().Select(Asking), ConceptIdea.Near("HarmToPerson", HarmAPerson, Victim, 30)]);

    /// <summary>
    /// Asking for a harmful thing: a making verb in its sentence ("write ransomware"), or a how-question up to a
    /// sentence away ("I want to steal tires. How do I do it?").
    /// </summary>
    public static ConceptIdea Asking(ConceptIdea thing) => AskingCache.GetOrAdd(thing, static t => ConceptIdea.AnyOf(
        $"Asking{t.Name}", ConceptIdea.Near($"Make{t.Name}", MakeVerb, t, 60), ConceptIdea.Near($"HowTo{t.Name}", HowToAsk, t, 80, oneSentence: false)));

    private static IEnumerable<ConceptIdea> HarmDomains() =>
        [Explosives, ChemBioWeapons, IllicitFirearms, Poisons, HardDrugs, Malware, FraudInstruments, Crime, Disinformation, SelfHarm, Hate, Harassment];

    public static readonly ConceptIdea RiskyAction = new(nameof(RiskyAction), ConceptLexicon.RiskyAction);
    public static readonly ConceptIdea ClaimedAuthority = new(nameof(ClaimedAuthority), ConceptLexicon.ClaimedAuthority);
    public static readonly ConceptIdea SkipConfirmation = new(nameof(SkipConfirmation), ConceptLexicon.SkipConfirmation);
    public static readonly ConceptIdea Pressure = ConceptIdea.AnyOf(nameof(Pressure), ClaimedAuthority, SkipConfirmation);
    public static readonly ConceptIdea HighStakes = new(nameof(HighStakes), ConceptLexicon.HighStakes);
    public static readonly ConceptIdea HowQuestion = new(nameof(HowQuestion), ConceptLexicon.HowQuestion);
    public static readonly ConceptIdea DestructiveSql = new(nameof(DestructiveSql), ConceptLexicon.DestructiveSql);
    public static readonly ConceptIdea RunIt = new(nameof(RunIt), ConceptLexicon.RunIt);
    public static readonly ConceptIdea MachineReader = new(nameof(MachineReader), ConceptLexicon.MachineReader);
    public static readonly ConceptIdea ReaderDirective = new(nameof(ReaderDirective), ConceptLexicon.ReaderDirective);
    public static readonly ConceptIdea AgentAddressed = new(nameof(AgentAddressed), ConceptLexicon.AgentAddressed);
}

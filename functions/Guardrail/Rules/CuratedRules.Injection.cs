using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Rules;

// Instruction override, resets, new tasks, tool abuse and instructions planted for the reader (English).
public static partial class CuratedRules
{
    [GeneratedRegex(@"\b(ignore|disregard|forget|skip|override|overwrite|bypass|neglect|drop|abandon)\b[^.\n]{0,40}?\b(previous|prior|above|preceding|earlier|initial|original|system|former|old|existing|default|all)\b[^.\n]{0,25}?\b(instruction|prompt|rule|direction|guideline|command|context|message|constraint|order|programming|polic(y|ies)|guardrail|filter)s?\b", Options, TimeoutMs)]
    private static partial Regex OverridePrevious();

    [GeneratedRegex(@"\b(your|the)\s+new\s+(instructions?|task|goal|objective|rules?|role)\s+(is|are|will be)\b|\bnew\s+instructions?\s*:|\bfrom\s+now\s+on,?\s+(you|ignore|only|always|respond|answer|reply|act)\b|\b(updated|revised|real|actual|true)\s+(system\s+)?instructions?\s*:", Options, TimeoutMs)]
    private static partial Regex NewInstructions();

    /// <summary>"Forget everything I told you before", "forget about all the assignments": a reset of the conversation.</summary>
    [GeneratedRegex(@"\b(forget|ignore|disregard)\s+(about\s+)?(everything|all(\s+of)?\s+(that|this))\s+(before|above|prior|so\s+far|previously|earlier|i\s+(told|said)|we('ve|\s+have)\s+(talked|discussed))\b|\b(forget|ignore|disregard)\s+(about\s+)?all\s+(the\s+)?(assignments|previous\s+information)\b", Options, TimeoutMs)]
    private static partial Regex ForgetEverything();

    /// <summary>"Ignore your instructions", "disregard the directions": the model's own instructions as the object.</summary>
    [GeneratedRegex(@"\b(ignore|disregard|forget|override|bypass)\s+(all\s+)?(of\s+)?(your|the|these|those|any)\s+(previous\s+|prior\s+|earlier\s+|original\s+|current\s+)?(instructions|directions|directives|programming|system\s+prompt)\b", Options, TimeoutMs)]
    private static partial Regex IgnoreYourInstructions();

    /// <summary>"Now new tasks follow", "focus on your new task": a hijack announcing itself.</summary>
    [GeneratedRegex(@"\bnew\s+tasks?\s+(follow|come|are\s+coming)|\b(focus|concentrate)\s+on\s+your\s+new\s+task\b|\b(start|begin)\s+(over\s+)?with\s+a\s+new\s+(task|assignment)\b", Options, TimeoutMs)]
    private static partial Regex NewTaskFollows();

    [GeneratedRegex(@"\b(stop|cease|halt)\s+(what\s+you\s+are\s+doing|everything|the\s+(current|previous)\s+task)\b[^.\n]{0,40}\b(instead|and\s+(now|just))\b|\binstead\s*,?\s+(just\s+)?(say|print|output|write|respond\s+with)\s+[""'`]", Options, TimeoutMs)]
    private static partial Regex StopAndInstead();

    [GeneratedRegex(@"\b(please|you\s+must|immediately|now)\s+(use|call|invoke|execute|run)\s+(the\s+)?[\w.-]*\s*(tool|function|api|plugin)\b[^.\n]{0,80}\b(transfer|send|wire|delete|unlock|grant|forward|email|pay|purchase|share)\b|\b(assistant|ai|agent|model)\b[^.\n]{0,30}\b(must|should|needs?\s+to)\b[^.\n]{0,40}\b(transfer|wire)\s+(funds|money|\$)", Options, TimeoutMs)]
    private static partial Regex ToolAbuse();

    [GeneratedRegex(@"\bignore\s+the\s+rest\s+of\s+(this|the)\s+(data|document|text|email|page|file|content|article|message)\b|\b(when|if|once)\s+(an?\s+(ai|llm|language\s+model|ai\s+assistant|chatbot)|the\s+(assistant|model|ai|llm|chatbot|bot)|chatgpt|gpt|copilot|claude|gemini)\s+(reads?|sees?|process(es)?|summari[sz]es?|parses?|finds?|analy[sz]es?)\s+this\b[^.\n]{0,40}?\b(it|you|the\s+(assistant|model|ai))\s+(must|should|shall|needs?\s+to|has\s+to|will)\s+(ignore|disregard|reply|respond|say|output|write|answer|tell|forward|send|stop|only)\b", Options, TimeoutMs)]
    private static partial Regex PlantedForTheReader();

    [GeneratedRegex(@"\b(dear|attention|note\s+to(\s+the)?|hey|hi)?\s*(ai|assistant|chatbot|language\s+model|llm|gpt|copilot|agent)\s*[:,!-]+\s*(please\s+)?(ignore|disregard|forget|print|say|output|write|respond|reply|answer|tell|send|email|forward|call|execute|do\s+not)\b", Options, TimeoutMs)]
    private static partial Regex InstructionToAssistant();

    [GeneratedRegex(@"\b(modify|change|alter|rewrite|update|adjust)\s+your\s+(answer|response|reply|output|summary)\b|\b(in|at\s+the\s+(end|start|beginning)\s+of|before|after|throughout)\s+your\s+(answer|response|reply|summary|output)\s*,?\s*(you\s+(must|should)\s+)?(always\s+)?(include|add|append|insert|mention|recommend|promote|advertise|say|write|tell)\b|\b(append|add|insert|include)\s+(the\s+following|this)\s+(text|sentence|line|link|url)\s+(to|in|at)\b", Options, TimeoutMs)]
    private static partial Regex AnswerManipulation();
}

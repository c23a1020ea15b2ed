using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Detection;

/// <summary>
/// A chat turn inside text that should hold none: the model's turn ("Assistant: [summary]") written before any user
/// turn and answered by a user turn, or a chat-template role tag (&lt;system&gt;, &lt;|im_start|&gt;, [INST]). That is
/// how a planted instruction fakes a finished task and a new request (garak's latent injection, "fake completion"),
/// so the engine scores such text as a document, with the classifier's stricter threshold. Not an attack alone:
/// a pasted support chat can start with the bot's greeting.
/// </summary>
public static partial class SpoofedChatTurn
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline;
    private const int TimeoutMs = Detection.RegexBudget.MatchTimeoutMs;

    public static bool FoundIn(string text)
    {
        try
        {
            if (RoleTag().IsMatch(text))
            {
                return true;
            }

            var modelTurn = ModelTurn().Match(text);
            if (!modelTurn.Success)
            {
                return false;
            }

            // A transcript that starts with the user's turn is a real conversation, pasted whole.
            var userTurnBefore = UserTurn().Match(text, 0, modelTurn.Index);
            return !userTurnBefore.Success && UserTurn().IsMatch(text, modelTurn.Index + modelTurn.Length);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[ \t>*#-]*(?:assistant|ai|bot|chatbot|chatgpt|gpt|model)[ \t]*:", Options, TimeoutMs)]
    private static partial Regex ModelTurn();

    [GeneratedRegex(@"^[ \t>*#-]*(?:user|human|customer)[ \t]*:", Options, TimeoutMs)]
    private static partial Regex UserTurn();

    [GeneratedRegex(@"<[ \t]*/?[ \t]*system[ \t]*>|<\|im_start\|>|<\|(?:system|user|assistant)\|>|\[/?INST\]", Options, TimeoutMs)]
    private static partial Regex RoleTag();
}

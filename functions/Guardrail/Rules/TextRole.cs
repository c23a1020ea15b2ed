namespace AiSec.Guardrail.Rules;

/// <summary>Who is speaking in a text, which decides whether orders addressed to the model are an attack.</summary>
public enum TextRole
{
    /// <summary>The user's own words: instructions to the model are expected.</summary>
    UserText,

    /// <summary>The user's task followed by a document to work on ("Translate this review: …").</summary>
    UserTextWithDocument,

    /// <summary>A retrieved document or a tool's output: nobody in it should be giving the model orders.</summary>
    Content,
}

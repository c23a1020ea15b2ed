// Azure Functions trigger shells for Guardrail: compiled only by functions/App (see its csproj). Each binds a trigger to
// one call into the Guardrail core and contains no behaviour of its own.
namespace AiSec.Guardrail;

public sealed class GuardrailFunctions
{
}

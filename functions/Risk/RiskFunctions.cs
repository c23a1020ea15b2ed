// Azure Functions trigger shells for Risk: compiled only by functions/App (see its csproj). Each binds a trigger to
// one call into the Risk core and contains no behaviour of its own.
namespace AiSec.Risk;

public sealed class RiskFunctions
{
}

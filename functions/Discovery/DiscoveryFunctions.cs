// Azure Functions trigger shells for Discovery: compiled only by functions/App (see its csproj). Each binds a trigger to
// one call into the Discovery core and contains no behaviour of its own.
namespace AiSec.Discovery;

public sealed class DiscoveryFunctions
{
}

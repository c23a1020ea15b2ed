// Azure Functions trigger shells for Playbooks: compiled only by functions/App (see its csproj). Each binds a trigger to
// one call into the Playbooks core and contains no behaviour of its own.
namespace AiSec.Playbooks;

public sealed class PlaybooksFunctions
{
}

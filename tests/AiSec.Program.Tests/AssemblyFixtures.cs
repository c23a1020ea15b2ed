using AiSec.Testing;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]

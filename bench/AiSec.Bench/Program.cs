using AiSec.Bench;

// Each capability adds its IBenchmark here.
IBenchmark[] benchmarks =
[
    new StorageBatchBenchmark(),
    new AuditAppendBenchmark(),
    new AuditVerifyBenchmark(),
    new GuardrailPipelineBenchmark(),
    new GuardrailHttpBenchmark(),
    new RiskAssessBenchmark(),
    new DiscoveryAzureBenchmark(),
    new DurableEngineBenchmark(),
    new PlaybooksBenchmark(),
];

if (args.Length == 0 || args[0] is "-h" or "--help" or "list")
{
    Console.WriteLine("usage: bench NAME|all");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-20} {b.Description}");
    }

    return args.Length == 0 ? 2 : 0;
}

var selected = args[0] == "all" ? benchmarks : benchmarks.Where(b => b.Name == args[0]).ToArray();
if (selected.Length == 0)
{
    Console.Error.WriteLine($"bench: error: no benchmark named '{args[0]}' (try 'list')");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
await using var context = new BenchContext();
foreach (var benchmark in selected)
{
    Console.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
    await benchmark.RunAsync(context, cancel.Token);
}

return 0;

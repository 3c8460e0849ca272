using BenchmarkDotNet.Running;
using Majordome.Bench.Micro;

// dotnet run -c Release --project bench/Majordome.Bench.Micro -- --filter '*'
// dotnet run -c Release --project bench/Majordome.Bench.Micro -- --loop 30   (booking turns for 30 s, to attach a profiler)
if (args is ["--loop", var seconds])
{
    return await TurnLoop.RunAsync(TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));
}

BenchmarkSwitcher.FromAssembly(typeof(DialogTurnBenchmarks).Assembly).Run(args);
return 0;

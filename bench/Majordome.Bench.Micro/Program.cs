using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Majordome.Bench.Micro -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Majordome.Bench.Micro.DialogTurnBenchmarks).Assembly).Run(args);

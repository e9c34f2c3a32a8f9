using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/CodeExecGen.GeneratorBenchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

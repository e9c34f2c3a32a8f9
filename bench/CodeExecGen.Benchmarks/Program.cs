using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/CodeExecGen.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

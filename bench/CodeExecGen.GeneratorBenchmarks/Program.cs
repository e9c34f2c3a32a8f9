using System;
using System.Linq;
using BenchmarkDotNet.Running;
using CodeExecGen.GeneratorBenchmarks;

// dotnet run -c Release --project bench/CodeExecGen.GeneratorBenchmarks -- --filter '*'
// dotnet run -c Release --project bench/CodeExecGen.GeneratorBenchmarks -- --analyzer-cost <output.json> [rounds]
// dotnet run -c Release --project bench/CodeExecGen.GeneratorBenchmarks -- --edit-cost <output.json> [rounds]
if (args.Length > 1 && args[0] == AnalyzerCost.Flag)
{
    return await AnalyzerCost.RunAsync(args[1], Rounds(args));
}

if (args.Length > 1 && args[0] == EditCost.Flag)
{
    return EditCost.Run(args[1], Rounds(args));
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// A benchmark that threw has no result; failing here is what lets CI's dry run notice.
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;

static int Rounds(string[] args) => args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;

using System;
using System.Linq;
using BenchmarkDotNet.Running;
using CodeExecGen.GeneratorBenchmarks;

// dotnet run -c Release --project bench/CodeExecGen.GeneratorBenchmarks -- --filter '*'
// dotnet run -c Release --project bench/CodeExecGen.GeneratorBenchmarks -- --analyzer-cost <output.json> [rounds]
if (args.Length > 1 && args[0] == AnalyzerCost.Flag)
{
    return await AnalyzerCost.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// A benchmark that threw has no result; failing here is what lets CI's dry run notice.
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;

using System.Linq;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/CodeExecGen.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/CodeExecGen.Benchmarks -- --upload-cost [megabytes] [rounds]
if (args.Length > 0 && args[0] == "--upload-cost")
{
    return await CodeExecGen.Benchmarks.UploadCost.RunAsync(args.Skip(1).ToArray());
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// A benchmark that threw has no result; failing here is what lets CI's dry run notice.
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;

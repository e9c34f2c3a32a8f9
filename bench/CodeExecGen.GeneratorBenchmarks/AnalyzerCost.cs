using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CodeExecGen.Analyzers;
using CodeExecGen.Analyzers.Tests.Corpus;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using CodeExecGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>
/// What the analyzers add to a build (issue 13: at most 3 %): a consumer of the whole generated Gemini
/// API whose own code is the real-world corpus of the analyzer tests, repeated in separate namespaces
/// to over 20,000 lines. Each round compiles it afresh (emit, the compile time) and then runs both
/// analyzers on another fresh compilation with Roslyn's execution-time telemetry, which counts only
/// the time inside analyzer callbacks (what a build adds), not the binding a build shares.
/// </summary>
public static class AnalyzerCost
{
    public const string Flag = "--analyzer-cost";

    public static async Task<int> RunAsync(string output, int rounds)
    {
        var (trees, consumerLines) = BuildConsumer(out var generatedFiles);
        var references = CodeExecGen.Tests.TestReferences.Net100.ToArray();
        CSharpCompilation Fresh() => CSharpCompilation.Create("Consumer", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var compileMs = new List<double>();
        var analyzerMs = new List<double>();
        var perAnalyzer = new Dictionary<string, List<double>>();
        var diagnostics = 0;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            using (var pe = new MemoryStream())
            {
                var result = Fresh().Emit(pe);
                if (!result.Success)
                {
                    throw new InvalidOperationException("The consumer does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
                }
            }

            compileMs.Add(watch.Elapsed.TotalMilliseconds);

            DiagnosticAnalyzer[] analyzers = [new GuardedMemberAnalyzer(), new DroppedResultAnalyzer()];
            var withAnalyzers = Fresh().WithAnalyzers(
                ImmutableArray.Create(analyzers),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            diagnostics = (await withAnalyzers.GetAnalyzerDiagnosticsAsync()).Length;
            var spent = TimeSpan.Zero;
            foreach (var analyzer in analyzers)
            {
                var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default)).ExecutionTime;
                var name = analyzer.GetType().Name;
                if (!perAnalyzer.TryGetValue(name, out var times))
                {
                    perAnalyzer[name] = times = new List<double>();
                }

                times.Add(time.TotalMilliseconds);
                spent += time;
            }

            analyzerMs.Add(spent.TotalMilliseconds);
        }

        var compile = Median.Of(compileMs);
        var analysis = Median.Of(analyzerMs);
        var report = new
        {
            consumerLines,
            generatedFiles,
            rounds,
            compileMilliseconds = compile,
            analyzerMilliseconds = analysis,
            analyzerShare = analysis / compile,
            perAnalyzerMilliseconds = perAnalyzer.ToDictionary(entry => entry.Key, entry => Median.Of(entry.Value)),
            diagnostics,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine(JsonSerializer.Serialize(report));
        return 0;
    }

    private const int MinimumConsumerLines = 20_000;

    /// <summary>The generated contracts plus the corpus, markup removed.</summary>
    private static (SyntaxTree[] Trees, int ConsumerLines) BuildConsumer(out int generatedFiles)
    {
        var schema = SchemaItem.Create(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "generativelanguage.v1beta.json")), "Gemini");
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var empty = CSharpCompilation.Create("Contracts", [], CodeExecGen.Tests.TestReferences.Net100, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var run = CSharpGeneratorDriver.Create([new CodeExecGenGenerator().AsSourceGenerator()], [schema.File], parse, schema.Options).RunGenerators(empty).GetRunResult();

        // Each snippet in its own namespace (snippets reuse member names), repeated until the
        // consumer's own code passes the size the target names.
        var consumer = new List<SyntaxTree>();
        var lines = 0;
        for (var round = 0; lines < MinimumConsumerLines; round++)
        {
            var text = new StringBuilder();
            for (var i = 0; i < RealWorldCorpus.Snippets.Count; i++)
            {
                var code = Markup.Replace(RealWorldCorpus.Snippets[i].Code, string.Empty).Replace("|}", string.Empty, StringComparison.Ordinal);
                text.Append("namespace Consumer").Append(round).Append('_').Append(i).Append("\n{\n").Append(Cases.InClass(RealWorldCorpus.HostTypes + code)).Append("\n}\n");
            }

            var source = text.ToString();
            lines += source.Count(c => c == '\n');
            consumer.Add(CSharpSyntaxTree.ParseText(source, parse, "Consumer" + round + ".cs", Encoding.UTF8));
        }

        generatedFiles = run.GeneratedTrees.Length;
        return (run.GeneratedTrees.Concat(consumer).ToArray(), lines);
    }

    private static readonly Regex Markup = new(@"\{\|CEG\d+:", RegexOptions.Compiled);
}

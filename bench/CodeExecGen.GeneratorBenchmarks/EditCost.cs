using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using CodeExecGen.Generator;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>
/// What the generator costs per keystroke in a real project (issue 25): the driver re-run after an edit to
/// an unrelated file, in a compilation with the reference set a project has (every framework reference
/// assembly, the runtime, and in zero config the precompiled CodeExecGen.Gemini, as the package's targets
/// leave them), against a no-op generator in the same compilation. Two consumers: zero config (at most 3x
/// the no-op) and a schema item of its own, generated in the project (at most 1 ms). Each round times a
/// batch of edits for each driver in turn, so a busy neighbour slows all of them alike; each time is the
/// median of the rounds, and each ratio the median of the rounds' ratios.
/// </summary>
public static class EditCost
{
    public const string Flag = "--edit-cost";

    private const int EditsPerBatch = 100;

    private const string NoOpName = "no-op";

    private const string OursName = "CodeExecGen";

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    public static int Run(string output, int rounds)
    {
        var gemini = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "generativelanguage.v1beta.json"));
        var precompiled = MetadataReference.CreateFromFile(typeof(GenerativeLanguage.V1beta.Part).Assembly.Location);
        var ownSchemaItem = SchemaItem.Create(gemini, "MyApp.Gemini");
        var zeroConfig = new Consumer("zero-config", [.. CodeExecGen.Tests.TestReferences.Net100, precompiled], [], new TestOptionsProvider(new Dictionary<string, Dictionary<string, string>>()), "GenerativeLanguage.V1beta");
        var ownSchema = new Consumer("own-schema", [.. CodeExecGen.Tests.TestReferences.Net100], [ownSchemaItem.File], ownSchemaItem.Options, "MyApp.Gemini");
        Consumer[] consumers = [zeroConfig, ownSchema];

        (string Name, Func<IIncrementalGenerator> Create)[] compared = [(NoOpName, () => new NoOp()), (OursName, () => new CodeExecGenGenerator())];
        // Zero config also gets one generator per input CodeExecGen reads on every edit, each alone: where its time goes.
        (string Name, Func<IIncrementalGenerator> Create)[] inputs =
        [
            ("metadata references only", () => new SingleInputGenerators.MetadataReferences()),
            ("[GeminiFunction] lookup only", () => new SingleInputGenerators.FunctionAttribute()),
            ("every input CodeExecGen reads, nothing done", () => new SingleInputGenerators.AllInputs()),
            ("references from the compilation only", () => new SingleInputGenerators.CompilationReferences()),
        ];
        var drivers = new List<EditedDriver>();
        foreach (var consumer in consumers)
        {
            foreach (var (name, create) in consumer == zeroConfig ? [.. compared, .. inputs] : compared)
            {
                drivers.Add(new EditedDriver(consumer, name, create()));
            }
        }

        foreach (var driver in drivers)
        {
            driver.Edit(EditsPerBatch); // JIT and the first run's caches, in no figure
        }

        var perEdit = drivers.ToDictionary(driver => driver, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var driver in drivers)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var watch = Stopwatch.StartNew();
                driver.Edit(EditsPerBatch);
                perEdit[driver].Add(watch.Elapsed.TotalMilliseconds / EditsPerBatch);
            }
        }

        var report = new
        {
            rounds,
            editsPerRound = EditsPerBatch,
            consumers = consumers.Select(consumer =>
            {
                var own = drivers.Where(d => d.Consumer == consumer).ToArray();
                List<double> Times(string generator) => perEdit[own.Single(d => d.GeneratorName == generator)];
                // Each round's time over the no-op's in the same round, moments apart: a load that drifts between rounds cancels out.
                double Ratio(string generator) => Median.Of(Times(generator).Zip(Times(NoOpName), (time, noOp) => time / noOp));
                return new
                {
                    name = consumer.Name,
                    references = consumer.References.Length,
                    generatedFiles = own.Single(d => d.GeneratorName == OursName).GeneratedFiles,
                    noOpMilliseconds = Median.Of(Times(NoOpName)),
                    codeExecGenMilliseconds = Median.Of(Times(OursName)),
                    ratio = Ratio(OursName),
                    generators = own.ToDictionary(d => d.GeneratorName, d => new { milliseconds = Median.Of(Times(d.GeneratorName)), ratio = Ratio(d.GeneratorName) }),
                };
            }).ToArray(),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine(JsonSerializer.Serialize(report));
        return 0;
    }

    /// <summary>A project as the compiler hands it to the generators: references, schema items, build options, and two files.</summary>
    private sealed record Consumer(string Name, MetadataReference[] References, AdditionalText[] AdditionalTexts, TestOptionsProvider Options, string ContractsNamespace);

    /// <summary>One generator's driver over one consumer, kept across edits as the compiler server and the IDE keep it.</summary>
    private sealed class EditedDriver
    {
        // Two texts of the unrelated file, parsed once: each edit swaps one for the other, so the driver sees a
        // changed tree and the timing holds the generator's work, not the parser's.
        private readonly SyntaxTree[] _unrelated =
        [
            CSharpSyntaxTree.ParseText("namespace MyApp;\n\ninternal static class Unrelated\n{\n    public static int Answer() => 41;\n}\n", Parse, "/project/Unrelated.cs"),
            CSharpSyntaxTree.ParseText("namespace MyApp;\n\ninternal static class Unrelated\n{\n    public static int Answer() => 42;\n}\n", Parse, "/project/Unrelated.cs"),
        ];

        private CSharpCompilation _compilation;
        private GeneratorDriver _driver;
        private int _edits;

        public EditedDriver(Consumer consumer, string generatorName, IIncrementalGenerator generator)
        {
            Consumer = consumer;
            GeneratorName = generatorName;
            var program = CSharpSyntaxTree.ParseText(
                $$"""
                using {{consumer.ContractsNamespace}};

                var json = System.IO.File.ReadAllText(args[0]);
                var response = System.Text.Json.JsonSerializer.Deserialize<GenerateContentResponse>(json)!;
                foreach (var step in response.GetCodeExecutionSteps())
                    System.Console.WriteLine(step.TryGetOutput(out var stdout) ? stdout : $"[{step.Outcome}] not an answer");
                """,
                Parse,
                "/project/Program.cs");
            _compilation = CSharpCompilation.Create("MyApp", [program, _unrelated[0]], consumer.References, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            _driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], consumer.AdditionalTexts, Parse, consumer.Options).RunGenerators(_compilation);
            GeneratedFiles = _driver.GetRunResult().GeneratedTrees.Length;
        }

        public Consumer Consumer { get; }

        public string GeneratorName { get; }

        /// <summary>How many files the generator writes for this consumer (the no-op: its one file, or none without a schema).</summary>
        public int GeneratedFiles { get; }

        public void Edit(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var from = _unrelated[_edits % 2];
                var to = _unrelated[++_edits % 2];
                _compilation = _compilation.ReplaceSyntaxTree(from, to);
                _driver = _driver.RunGenerators(_compilation);
            }
        }
    }
}

using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>
/// Structural mutations of Gemini's schema: the generator never throws, never hangs, and whatever it
/// generates without reporting an error compiles with warnings as errors. CODEEXECGEN_FUZZ_CASES runs more.
/// </summary>
public class GeneratorFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Seed = 20261201;

    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("CODEEXECGEN_FUZZ_CASES"), out var cases) ? cases : 120;

    [Fact]
    public async Task Damaged_schemas_never_crash_or_hang_the_generator_and_what_generates_without_an_error_compiles()
    {
        var gemini = JsonNode.Parse(GeneratorRunner.GeminiSchemaText)!.AsObject();
        var references = CodeExecGen.Tests.TestReferences.Net100;
        var compiled = 0;
        for (var i = 0; i < Cases; i++)
        {
            var (text, mutations) = SchemaMutator.Mutate(gemini, new Random(Seed + i));
            var name = $"case {i} (seed {Seed + i}: {string.Join("; ", mutations)})";

            var run = Task.Run(() => GeneratorRunner.Run(new SchemaInput("/project/fuzz.json", text, "Fuzz")));
            Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run, name + ": the generator did not finish within 60 s");
            var result = await run;
            Assert.All(result.Results, r => Assert.True(r.Exception is null, $"{name}: {r.Exception}"));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8784" or "CS8785");
            if (result.Diagnostics.Any(d => d.DefaultSeverity == DiagnosticSeverity.Error))
            {
                continue;
            }

            var problems = GeneratorRunner.CompileGenerated(result, references).Select(d => d.ToString()).ToList();
            Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems.Take(5))}");
            compiled++;
        }

        output.WriteLine($"{Cases} cases from seed {Seed}: {compiled} generated without an error and compiled.");

        // The mutations must reach the emitters, not stop at the JSON parser.
        Assert.True(compiled >= Cases * 6 / 10, $"only {compiled} of {Cases} cases generated without an error");
    }
}

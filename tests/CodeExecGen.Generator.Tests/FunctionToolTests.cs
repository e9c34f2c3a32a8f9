using System.Linq;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>[GeminiFunction] through the generator: the emitted tool, its compile, and each CEG2xxx at its place.</summary>
public class FunctionToolTests
{
    private const string Tools = """
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.Threading;
        using System.Threading.Tasks;
        using CodeExecGen;

        namespace MyApp
        {
            internal enum Units { Celsius, Fahrenheit }

            internal sealed record Place([property: Description("City name.")] string City, string? Country = null);

            internal partial class Outer
            {
                internal sealed partial class WeatherTools
                {
                    [GeminiFunction("The weather for a place.", Name = "get_weather")]
                    public async Task<string> GetWeatherAsync(Place place, Units units = Units.Celsius, IReadOnlyList<int>? days = null, CancellationToken cancellationToken = default)
                    {
                        await Task.Yield();
                        return place.City + units;
                    }

                    [GeminiFunction("Counts.")]
                    public static long Count(long[] values) => values.LongLength;
                }
            }
        }
        """;

    [Fact]
    public void The_emitted_tool_matches_the_reviewed_snapshot()
    {
        var result = GeneratorRunner.CreateDriver(GeneratorRunner.Gemini()).RunGenerators(GeneratorRunner.CreateCompilation(null, Tools)).GetRunResult();
        var sources = GeneratorRunner.Sources(result);
        Snapshot.Match("Functions", sources.Where(s => s.Key.EndsWith(".FunctionTool.g.cs", System.StringComparison.Ordinal) || s.Key.EndsWith("FunctionArguments.Support.g.cs", System.StringComparison.Ordinal)).ToDictionary(s => s.Key, s => s.Value));
        Assert.Contains("MyApp.Outer.WeatherTools.FunctionTool.g.cs", sources.Keys);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("CEG2", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_tool_compiles_warning_free(bool net8)
    {
        var result = GeneratorRunner.CreateDriver(GeneratorRunner.Gemini()).RunGenerators(GeneratorRunner.CreateCompilation(null, Tools)).GetRunResult();
        var references = net8 ? CodeExecGen.Tests.TestReferences.Net80 : CodeExecGen.Tests.TestReferences.Net100;
        var problems = GeneratorRunner.CompileGenerated(result, references, Tools).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void Required_and_init_properties_and_the_Google_time_types_bind_in_code_that_compiles()
    {
        // C# required and init properties can only be set in an object initializer; GoogleTimestamp and
        // GoogleDuration are written by this generator, so the parser sees them unresolved. No function
        // awaits: the dispatcher must not warn CS1998 (compilers before C# 14 report it).
        const string source = """
            using CodeExecGen;
            using Gemini;

            namespace MyApp
            {
                internal sealed class Settings
                {
                    public required int Level { get; set; }
                    public string Name { get; init; } = "unnamed";
                    public required string Owner { get; init; }
                    public int Retries { get; set; }
                }

                internal sealed record Window(GoogleTimestamp Start, GoogleDuration? Length);

                internal static partial class Tools
                {
                    [GeminiFunction("Configures.")]
                    public static string Configure(Settings settings, GoogleTimestamp at, GoogleDuration? wait = null, Window? window = null) => settings.Name;

                    [GeminiFunction("Now.")]
                    public static GoogleTimestamp Now() => default;
                }
            }
            """;
        var result = GeneratorRunner.CreateDriver(GeneratorRunner.Gemini()).RunGenerators(GeneratorRunner.CreateCompilation(null, source)).GetRunResult();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("CEG2", System.StringComparison.Ordinal));
        var problems = GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100, source).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    private static (string Id, int Line, string Message)[] Diagnose(string source, params SchemaInput[] inputs)
    {
        var result = GeneratorRunner.CreateDriver(inputs.Length == 0 ? [GeneratorRunner.Gemini()] : inputs).RunGenerators(GeneratorRunner.CreateCompilation(null, source)).GetRunResult();
        return result.Diagnostics.Where(d => d.Id.StartsWith("CEG2", System.StringComparison.Ordinal)).Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).OrderBy(d => d.Item2).ToArray();
    }

    [Fact]
    public void Each_problem_is_a_CEG2xxx_at_the_method_or_parameter()
    {
        const string source = """
            using CodeExecGen;
            public static partial class T
            {
                [GeminiFunction("Takes an object.")]
                public static void A(object value) { }
                [GeminiFunction("Same name.", Name = "dup")]
                public static void B() { }
                [GeminiFunction("Same name.", Name = "dup")]
                public static void C() { }
                [GeminiFunction("Bad name.", Name = "9 lives")]
                public static void D() { }
                [GeminiFunction("")]
                public static void E() { }
                [GeminiFunction("Takes a dictionary.")]
                public static void F(System.Collections.Generic.Dictionary<string, int> map) { }
                [GeminiFunction("Returns an object.")]
                public static object G() => 1;
                [GeminiFunction("By reference.")]
                public static void H(ref int x) { }
            }
            public static class NotPartial
            {
                [GeminiFunction("In a class that is not partial.")]
                public static void I() { }
            }
            """;
        var diagnostics = Diagnose(source);
        Assert.Equal(
            [
                ("CEG2001", 5), ("CEG2002", 9), ("CEG2003", 11), ("CEG2004", 13), ("CEG2001", 15), ("CEG2001", 17), ("CEG2001", 19), ("CEG2005", 24),
            ],
            diagnostics.Select(d => (d.Id, d.Line)));
        Assert.Contains("Parameter 'value' of function 'A' has type 'object'", diagnostics[0].Message);
        Assert.Contains("'dup' is used by 'B' and 'C'", diagnostics[1].Message);
    }

    [Fact]
    public void A_member_named_like_a_generated_one_is_CEG2008_at_the_member_and_nothing_clashes_in_generated_code()
    {
        const string source = """
            using CodeExecGen;

            internal class Base
            {
                public void InvokeAllAsync() { }
            }

            internal partial class Clashing : Base
            {
                [GeminiFunction("Adds.")]
                public static int Add(int a, int b) => a + b;
                [GeminiFunction("Subtracts.")]
                public static int Subtract(int a, int b) => a - b;
                public string InvokeAsync(string text) => text;
                private sealed class FunctionToolBinding { }
            }

            internal partial class Fine
            {
                [GeminiFunction("Adds.")]
                public static int Add(int a, int b) => a + b;
                private void Invoke() { }
            }
            """;
        var diagnostics = Diagnose(source);
        Assert.Equal([("CEG2008", 8), ("CEG2008", 14), ("CEG2008", 15)], diagnostics.Select(d => (d.Id, d.Line)));
        Assert.Contains("'Clashing' declares [GeminiFunction] methods, and inherits from 'Base' a member 'InvokeAllAsync'", diagnostics[0].Message);
        Assert.Contains("and declares a member 'InvokeAsync'", diagnostics[1].Message);
        Assert.Contains("and declares a type 'FunctionToolBinding'", diagnostics[2].Message);

        var result = GeneratorRunner.CreateDriver(GeneratorRunner.Gemini()).RunGenerators(GeneratorRunner.CreateCompilation(null, source)).GetRunResult();
        Assert.DoesNotContain(GeneratorRunner.Sources(result).Keys, k => k.Contains("Clashing", System.StringComparison.Ordinal));
        Assert.Contains(GeneratorRunner.Sources(result).Keys, k => k.Contains("Fine.FunctionTool", System.StringComparison.Ordinal));
        var problems = GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100, source).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void The_CEG2008_page_example_compiles_and_is_reported_where_it_says()
    {
        var page = System.IO.File.ReadAllText(System.IO.Path.Combine(SourceDirectory(), "..", "..", "docs", "diagnostics", "CEG2008.md"));
        var block = System.Text.RegularExpressions.Regex.Match(page, "```csharp\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var diagnostics = Diagnose(block);
        var reported = Assert.Single(diagnostics);
        Assert.Equal("CEG2008", reported.Id);
        Assert.EndsWith("// CEG2008", block.Split('\n')[reported.Line - 1].TrimEnd());
        var result = GeneratorRunner.CreateDriver(GeneratorRunner.Gemini()).RunGenerators(GeneratorRunner.CreateCompilation(null, block)).GetRunResult();
        // CS1591: the test compilation asks for XML docs on public types, which a pasted example need not have.
        Assert.Empty(GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100, block).Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS1591"));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path)!;

    [Fact]
    public void Without_the_Gemini_contracts_a_tool_is_CEG2006()
    {
        const string source = """
            public static partial class T
            {
                [CodeExecGen.GeminiFunction("Adds.")]
                public static int Add(int a, int b) => a + b;
            }
            """;
        var result = GeneratorRunner.RunWith(new() { ["CodeExecGenDefault"] = "false" });
        var driver = GeneratorRunner.CreateDriver([], out _, null, new() { ["CodeExecGenDefault"] = "false" });
        var diagnostics = driver.RunGenerators(GeneratorRunner.CreateCompilation(null, source)).GetRunResult().Diagnostics;
        Assert.Equal("CEG2006", Assert.Single(diagnostics).Id);
        Assert.Empty(result.Diagnostics);
    }
}

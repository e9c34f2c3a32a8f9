using System.Threading.Tasks;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using CodeExecGen.CodeFixes;
using Xunit;

namespace CodeExecGen.Analyzers.Tests;

/// <summary>CEG2007: FunctionCall.Name compared with a name no [GeminiFunction] declares, and its fix.</summary>
public class FunctionNameAnalyzerTests
{
    // The attribute the generator adds to every compilation, declared here since the test compiles without the generator.
    private const string Attribute = """

        namespace CodeExecGen
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            internal sealed class GeminiFunctionAttribute : System.Attribute
            {
                public GeminiFunctionAttribute(string description) { }
                public string? Name { get; set; }
            }
        }

        static partial class WeatherTools
        {
            [CodeExecGen.GeminiFunction("The weather.", Name = "get_weather")]
            public static string GetWeather(string city) => city;

            [CodeExecGen.GeminiFunction("Adds.")]
            public static int Add(int a, int b) => a + b;
        }
        """;

    [Fact]
    public Task Comparisons_with_undeclared_names_warn_and_declared_ones_do_not()
        => Verify.Analyzer<FunctionNameAnalyzer>(Verify.Usings + """
            class C
            {
                string M(FunctionCall call, Part part)
                {
                    if (call.Name == {|CEG2007:"get_wether"|}) return "typo";
                    if ({|CEG2007:"ad"|} != call.Name) return "reversed";
                    if (call.Name == "get_weather" || call.Name == "Add") return "declared";
                    if (part.FunctionCall?.Name is {|CEG2007:"get_forecast"|} or "Add") return "pattern";
                    switch (call.Name)
                    {
                        case "get_weather": return "ok";
                        case {|CEG2007:"Sum"|}: return "unknown";
                    }

                    var other = "get_wether";
                    return call.Name switch
                    {
                        {|CEG2007:"get_Weather"|} => "case matters",
                        _ => other == "x" ? "not a function name" : "",
                    };
                }
            }
            """ + Attribute);

    [Fact]
    public Task A_project_without_functions_is_not_judged()
        => Verify.Analyzer<FunctionNameAnalyzer>(Verify.Usings + """
            class C
            {
                bool M(FunctionCall call) => call.Name == "anything";
            }
            """);

    [Fact]
    public Task The_fix_uses_the_nearest_declared_name()
        => Verify.CodeFix<FunctionNameAnalyzer, FunctionNameCodeFixProvider>(
            Verify.Usings + """
            class C
            {
                bool M(FunctionCall call) => call.Name == {|CEG2007:"get_wether"|} || call.Name == {|CEG2007:"adx"|};
            }
            """ + Attribute,
            Verify.Usings + """
            class C
            {
                bool M(FunctionCall call) => call.Name == "get_weather" || call.Name == "Add";
            }
            """ + Attribute,
            iterations: 2, // two diagnostics, fixed one at a time
            // Reported at compilation end (every name must be known): the IDE offers the fix under full analysis, as builds report it.
            behaviors: Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck);

    [Theory]
    [InlineData("get_wether", "get_weather")]
    [InlineData("GET_WEATHER", "get_weather")]
    [InlineData("add", "Add")]
    [InlineData("something_else_entirely", null)]
    public void The_nearest_name_is_only_offered_when_close(string name, string? expected)
        => Assert.Equal(expected, FunctionNameAnalyzer.Nearest(name, ["get_weather", "Add"]));
}

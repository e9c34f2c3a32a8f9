using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>
/// The package's precompiled Gemini contracts (src/CodeExecGen.Gemini): the same sources in-project generation
/// writes, nothing generated again when a project references them, and what the project's own input adds
/// (function tools, the chat client over its Microsoft.Extensions.AI) generated against them.
/// </summary>
public class PrecompiledTests
{
    private static readonly MetadataReference Precompiled = MetadataReference.CreateFromFile(typeof(GenerativeLanguage.V1beta.Part).Assembly.Location);

    private static readonly Dictionary<string, MetadataReference> ExtensionsAI = new()
    {
        ["10.11.0"] = MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location),
        ["11.0.0"] = MetadataReference.CreateFromFile(Metadata("ExtensionsAIAbstractions11")),
    };

    private const string User = """
        using System.Threading.Tasks;
        using CodeExecGen;
        using GenerativeLanguage.V1beta;

        namespace MyApp
        {
            internal static partial class Tools
            {
                [GeminiFunction("Adds.")]
                public static int Add(int a, int b) => a + b;
            }

            internal static class Use
            {
                public static string? Output(CodeExecutionResult result) => result.TryGetOutput(out var output) ? output : null;

                public static Task<Part> Answer(FunctionCall call) => Tools.InvokeAsync(call).AsTask();
            }
        }
        """;

    private const string ChatUser = """
        using System.Collections.Generic;
        using GenerativeLanguage.V1beta;
        using Microsoft.Extensions.AI;

        namespace MyApp
        {
            internal static class Chat
            {
                public static IChatClient Over(GenerativeLanguageClient client) => client.AsIChatClient("gemini-2.5-flash");

                public static IReadOnlyList<AIFunction> Functions() => Tools.AsAIFunctions();

        #pragma warning disable MEAI001 // IHostedFileClient is experimental.
                public static IHostedFileClient Files(GenerativeLanguageClient client) => client.AsIHostedFileClient();
        #pragma warning restore MEAI001
            }
        }
        """;

    [Fact]
    public void The_precompiled_sources_are_what_in_project_generation_writes()
    {
        var folder = Path.Combine(Metadata("PrecompiledSources"), "CodeExecGen.Generator", "CodeExecGen.Generator.CodeExecGenGenerator");
        var precompiled = Directory.GetFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var inProject = GeneratorRunner.Sources(GeneratorRunner.CreateDriver([]).RunGenerators(GeneratorRunner.CreateCompilation()).GetRunResult());
        Assert.True(precompiled.Count > 500, precompiled.Count + " files in " + folder);
        Assert.Equal(inProject.Keys.Order(StringComparer.Ordinal), precompiled.Keys.Order(StringComparer.Ordinal));
        Assert.All(inProject, pair => Assert.True(pair.Value == precompiled[pair.Key], pair.Key + " differs"));
    }

    [Fact]
    public void Over_the_precompiled_contracts_nothing_is_generated_again_and_function_tools_bind_to_them()
    {
        var result = Run(User, []);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["GenerativeLanguage.V1beta.FunctionArguments.Support.g.cs", "MyApp.Tools.FunctionTool.g.cs"], GeneratorRunner.Sources(result).Keys);
        AssertCompilesWarningFree(result, [], User);
    }

    [Theory]
    [InlineData("10.11.0")]
    [InlineData("11.0.0")]
    public void With_Microsoft_Extensions_AI_the_chat_client_and_AIFunctions_are_generated_here_internal(string version)
    {
        MetadataReference[] extensions = [ExtensionsAI[version]];
        var result = Run(User + ChatUser, extensions);
        var sources = GeneratorRunner.Sources(result);
        Assert.Contains("GenerativeLanguage.V1beta.GeminiChatClient.Support.g.cs", sources.Keys);
        Assert.Contains("internal static class GeminiChatClientExtensions", sources["GenerativeLanguage.V1beta.GeminiChatClient.Support.g.cs"]);
        Assert.Contains("AsAIFunctions()", sources["MyApp.Tools.FunctionTool.g.cs"]);
        Assert.Contains("internal sealed class GeminiHostedFileClient", sources["GenerativeLanguage.V1beta.GeminiHostedFileClient.Support.g.cs"]);
        AssertCompilesWarningFree(result, extensions, User, ChatUser);
    }

    [Fact]
    public void A_knob_that_would_shape_the_precompiled_contracts_is_CEG0014()
    {
        var properties = new Dictionary<string, string> { ["CodeExecGenAccessibility"] = "internal", ["CodeExecGenDefaultRootTypes"] = "Part" };
        var result = Run(User, [], properties);
        Assert.Equal(["CEG0014", "CEG0014"], result.Diagnostics.Select(d => d.Id));
        Assert.Contains("CodeExecGenAccessibility=internal", result.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(GeneratorRunner.Sources(result).Keys, k => k.StartsWith("GenerativeLanguage.V1beta.Part", StringComparison.Ordinal));
    }

    [Fact]
    public void A_schema_item_in_the_precompiled_namespace_is_CEG0007_and_generates_nothing()
    {
        var own = GeneratorRunner.Gemini("GenerativeLanguage.V1beta");
        var driver = GeneratorRunner.CreateDriver(own);
        var result = driver.RunGenerators(GeneratorRunner.CreateCompilation([.. CodeExecGen.Tests.TestReferences.Net100, Precompiled], User)).GetRunResult();
        var duplicate = Assert.Single(result.Diagnostics, d => d.Id == "CEG0007");
        Assert.Contains("CodeExecGen.Gemini.dll", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(GeneratorRunner.Sources(result).Keys, k => k.StartsWith("GenerativeLanguage.V1beta.Part", StringComparison.Ordinal));
    }

    private static GeneratorDriverRunResult Run(string source, MetadataReference[] extra, Dictionary<string, string>? properties = null)
        => GeneratorRunner.CreateDriver([], out _, null, properties)
            .RunGenerators(GeneratorRunner.CreateCompilation([.. CodeExecGen.Tests.TestReferences.Net100, Precompiled, .. extra], source))
            .GetRunResult();

    private static void AssertCompilesWarningFree(GeneratorDriverRunResult result, MetadataReference[] extra, params string[] sources)
    {
        var problems = GeneratorRunner.CompileGenerated(result, [.. CodeExecGen.Tests.TestReferences.Net100, Precompiled, .. extra], sources)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    private static string Metadata(string key)
        => typeof(PrecompiledTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

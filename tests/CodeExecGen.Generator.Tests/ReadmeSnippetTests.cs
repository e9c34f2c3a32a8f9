using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>The README's code as a user pastes it: compiled with the generator running, as their build would.</summary>
public class ReadmeSnippetTests
{
    // What the SDK writes for ImplicitUsings in a Microsoft.NET.Sdk project, which the README's
    // "dotnet new console" has on; the snippet names only the usings beyond these.
    private const string SdkImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    [Fact]
    public void The_function_tools_block_is_a_console_program_that_compiles_warning_free()
    {
        // What a project referencing Microsoft.Extensions.AI compiles against: the package, its abstractions
        // (whose presence makes the generator emit AsIChatClient and AsAIFunctions), and the logging
        // abstractions that UseFunctionInvocation's signature names.
        MetadataReference[] references =
        [
            .. CodeExecGen.Tests.TestReferences.Net100,
            .. new[]
            {
                typeof(Microsoft.Extensions.AI.ChatClientBuilder),
                typeof(Microsoft.Extensions.AI.IChatClient),
                typeof(Microsoft.Extensions.Logging.ILoggerFactory),
            }.Select(t => MetadataReference.CreateFromFile(t.Assembly.Location)),
        ];

        // A project with no schema item: the zero-config default (GenerativeLanguage.V1beta, with its client).
        var program = GeneratorRunner.CreateCompilation(references, FunctionToolsBlock(), SdkImplicitUsings);
        program = program.WithOptions(program.Options.WithOutputKind(OutputKind.ConsoleApplication));
        GeneratorRunner.CreateDriver().RunGeneratorsAndUpdateCompilation(program, out var built, out var generatorDiagnostics);

        var problems = generatorDiagnostics.Concat(built.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    /// <summary>The one C# block between "## Function tools" and the next section.</summary>
    private static string FunctionToolsBlock()
    {
        var readme = File.ReadAllText(Path.Combine(SourceDirectory(), "..", "..", "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("\n## Function tools\n", System.StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Function tools' section");
        var end = readme.IndexOf("\n## ", start + 1, System.StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        var block = Assert.Single(Regex.Matches(section, "```csharp\n(.*?)```", RegexOptions.Singleline));
        return block.Groups[1].Value;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

using System.IO;
using System.Linq;
using Xunit;

namespace CodeExecGen.Analyzers.Tests;

public class DocsTests
{
    [Fact]
    public void Every_analyzer_diagnostic_has_a_docs_page_a_help_link_and_a_release_entry()
    {
        var root = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", ".."));
        var unshipped = File.ReadAllText(Path.Combine(root, "src", "CodeExecGen.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var descriptors = new GuardedMemberAnalyzer().SupportedDiagnostics.Concat(new DroppedResultAnalyzer().SupportedDiagnostics).Concat(new FunctionNameAnalyzer().SupportedDiagnostics).ToList();
        Assert.Equal(["CEG1001", "CEG1002", "CEG1003", "CEG1004", "CEG2007"], descriptors.Select(d => d.Id).Order());
        foreach (var descriptor in descriptors)
        {
            Assert.True(File.Exists(Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md")), descriptor.Id);
            Assert.EndsWith("docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity, unshipped);
        }
    }

    /// <summary>
    /// Every C# block on the outcome rules' pages and in the README's analyzer section compiles as written:
    /// each block is members a user pastes into a class of theirs that imports the Gemini namespace.
    /// </summary>
    [Theory]
    [InlineData("docs/diagnostics/CEG1001.md")]
    [InlineData("docs/diagnostics/CEG1002.md")]
    [InlineData("docs/diagnostics/CEG1004.md")]
    [InlineData("README.md")]
    public void The_outcome_rules_code_blocks_compile(string page)
    {
        var root = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", ".."));
        var text = File.ReadAllText(Path.Combine(root, page));
        if (page == "README.md")
        {
            var start = text.IndexOf("## Analyzers: output used", System.StringComparison.Ordinal);
            text = text.Substring(start, text.IndexOf("## Naming rules", start, System.StringComparison.Ordinal) - start);
        }

        var blocks = System.Text.RegularExpressions.Regex.Matches(text, "```csharp\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(blocks);
        var trees = blocks.Select((block, i) => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing Gemini;\n\nclass Snippet" + i + "\n{\n" + block + "}\n",
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), path: page + "#" + i));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Docs",
            trees,
            [.. CodeExecGen.Tests.TestReferences.Net100, Infrastructure.GeminiContracts.Assembly],
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Microsoft.CodeAnalysis.NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

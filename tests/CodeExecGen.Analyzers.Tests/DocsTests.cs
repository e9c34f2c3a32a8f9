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

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

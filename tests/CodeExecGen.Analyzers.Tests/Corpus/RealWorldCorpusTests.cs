using System.Linq;
using System.Threading.Tasks;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Analyzers.Tests.Corpus;

/// <summary>The analyzer on the real-world corpus: every labelled bug warns where marked, every correct snippet is silent.</summary>
public class RealWorldCorpusTests
{
    [Theory]
    [MemberData(nameof(RealWorldCorpus.Cases), MemberType = typeof(RealWorldCorpus))]
    public Task Snippet_is_judged_as_labelled(Snippet snippet)
        => Verify.Analyzer<GuardedMemberAnalyzer>(Cases.InClass(RealWorldCorpus.HostTypes + snippet.Code));

    [Fact]
    public void The_corpus_is_large_mixed_and_sourced()
    {
        var snippets = RealWorldCorpus.Snippets;
        Assert.True(snippets.Count >= 30, $"{snippets.Count} snippets");
        Assert.True(snippets.Count(s => s.Warns) >= 10);
        Assert.True(snippets.Count(s => !s.Warns) >= 10);
        foreach (var snippet in snippets)
        {
            Assert.Matches(@"^[\w.-]+/[\w.-]+ \S+$", snippet.Source);
            Assert.False(string.IsNullOrWhiteSpace(snippet.Reason), snippet.Name);

            // The markup must agree with the label: a bug marks where it warns, a correct snippet marks nothing.
            Assert.Equal(snippet.Warns, snippet.Code.Contains("{|CEG100"));
        }

        Assert.Equal(snippets.Count, snippets.Select(s => s.Name).Distinct().Count());
    }
}

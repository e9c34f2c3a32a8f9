using System.Linq;
using Xunit;

namespace CodeExecGen.Generator.Tests.Docs;

/// <summary>
/// The code of the README, the package's README and docs/ as a user pastes it. How each C# block is
/// compiled is decided by its own text (<see cref="BlockShape"/>); what may pass is in <see cref="DocsCompiler"/>.
/// </summary>
public class DocsTests
{
    public static TheoryData<string> CSharpBlocks()
        => new(MarkdownBlocks.Pages.SelectMany(MarkdownBlocks.CSharp).Select(b => b.Name));

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void The_csharp_block_compiles(string block)
    {
        var problems = DocsCompiler.Problems(block[..block.LastIndexOf('#')], block);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    /// <summary>A block without a language could be C# that nothing compiles.</summary>
    [Fact]
    public void Every_fenced_block_names_its_language()
    {
        var bare = MarkdownBlocks.Pages.SelectMany(MarkdownBlocks.Read).Where(b => b.Language.Length == 0).Select(b => $"{b.Page}({b.Line - 1})").ToList();
        Assert.True(bare.Count == 0, "fences without a language: " + string.Join(", ", bare));
    }
}

using System.Globalization;
using System.Threading;
using CodeExecGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Generator.Tests;

public class DeterminismTests
{
    [Theory]
    [InlineData("fi-FI")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Output_is_byte_identical_across_runs_and_cultures(string culture)
    {
        var first = GeneratorRunner.Sources(GeneratorRunner.Run(GeneratorRunner.Gemini()));
        var second = GeneratorRunner.Sources(GeneratorRunner.Run(GeneratorRunner.Gemini()));
        Assert.Equal(first, second);

        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var underCulture = GeneratorRunner.Sources(GeneratorRunner.Run(GeneratorRunner.Gemini()));
            Assert.Equal(first, underCulture);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void Generated_text_uses_LF_line_endings_only()
    {
        foreach (var (name, text) in GeneratorRunner.Sources(GeneratorRunner.Run(GeneratorRunner.Gemini())))
        {
            Assert.False(text.Contains('\r'), name);
        }
    }

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("1", "", true)]
    [InlineData("1", "false", true)]
    [InlineData("1", "true", false)]
    [InlineData("1", "True", false)]
    [InlineData("1", "1", false)]
    [InlineData("1", "yes", false)]
    [InlineData("0", null, false)]
    [InlineData(null, null, false)]
    public void Snapshots_are_rewritten_only_on_request_and_never_on_CI(string? update, string? ci, bool allowed)
        => Assert.Equal(allowed, Infrastructure.Snapshot.UpdateAllowed(update, ci));
}

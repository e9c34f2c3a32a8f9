using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CodeExecGen.Generator.Tests.Infrastructure;

internal sealed class TestAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Gives each additional file the build metadata MSBuild would give it.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, Dictionary<string, string>> byPath, Dictionary<string, string>? global = null) : AnalyzerConfigOptionsProvider
{
    private static readonly TestOptions NoOptions = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new TestOptions(global ?? new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => byPath.TryGetValue(textFile.Path, out var options) ? new TestOptions(options) : NoOptions;

    private sealed class TestOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }

        public override IEnumerable<string> Keys => values.Keys;
    }
}

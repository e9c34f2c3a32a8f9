using System;
using System.IO;
using System.Linq;
using CodeExecGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CodeExecGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// The generated Gemini types (namespace Gemini), compiled once per test run into an in-memory
/// assembly that test code references, as a project referencing a contracts library would.
/// </summary>
internal static class GeminiContracts
{
    private static readonly Lazy<MetadataReference> Reference = new(Build);

    public static MetadataReference Assembly => Reference.Value;

    private static MetadataReference Build()
    {
        var schema = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "generativelanguage.v1beta.json"));
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Gemini.Contracts",
            [],
            CodeExecGen.Tests.TestReferences.Net100,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(
            [new CodeExecGenGenerator().AsSourceGenerator()],
            [new SchemaText("/contracts/generativelanguage.v1beta.json", schema)],
            parse,
            new SchemaOptions());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private sealed class SchemaText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class SchemaOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        private static readonly Options Schema = new(true);
        private static readonly Options None = new(false);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions => None;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Schema;

        private sealed class Options(bool schema) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = key switch
                {
                    "build_metadata.AdditionalFiles.CodeExecGenSchema" when schema => "true",
                    "build_metadata.AdditionalFiles.CodeExecGenNamespace" when schema => "Gemini",
                    _ => string.Empty,
                };
                return value.Length > 0;
            }
        }
    }
}

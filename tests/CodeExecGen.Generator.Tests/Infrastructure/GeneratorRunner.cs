using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.Generator.Tests.Infrastructure;

/// <summary>A schema item as a consumer project would declare it.</summary>
internal sealed record SchemaInput(string Path, string Text, string? Namespace = null, bool IsSchema = true, string? Overlay = null, string? Accessibility = null, string? RootTypes = null, string? Client = null);

/// <summary>Runs the generator through <see cref="CSharpGeneratorDriver"/>, offline, with step tracking on.</summary>
internal static class GeneratorRunner
{
    public const string GeminiSchemaPath = "/project/schema/generativelanguage.v1beta.json";

    /// <summary>Latest C#, with doc comments checked (a missing or malformed one is a warning).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<string> GeminiText = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "generativelanguage.v1beta.json")));

    public static string GeminiSchemaText => GeminiText.Value;

    // With its client, as the embedded default has it: the snapshot and compile tests cover the client too.
    public static SchemaInput Gemini(string? ns = "Gemini") => new(GeminiSchemaPath, GeminiSchemaText, ns, Client: "true");

    public static CSharpCompilation CreateCompilation(IEnumerable<MetadataReference>? references = null, params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            references ?? CodeExecGen.Tests.TestReferences.Net100,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999));

    public static GeneratorDriver CreateDriver(params SchemaInput[] inputs) => CreateDriver(inputs, out _);

    /// <summary>Creates a driver and hands back the additional texts, so a test can replace one.</summary>
    public static GeneratorDriver CreateDriver(SchemaInput[] inputs, out ImmutableArray<AdditionalText> texts, CSharpParseOptions? parseOptions = null, Dictionary<string, string>? globalOptions = null)
    {
        texts = inputs.Select(i => (AdditionalText)new TestAdditionalText(i.Path, i.Text)).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            [new CodeExecGenGenerator().AsSourceGenerator()],
            texts,
            parseOptions ?? ParseOptions,
            OptionsFor(globalOptions, inputs),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static TestOptionsProvider OptionsFor(params SchemaInput[] inputs) => OptionsFor(null, inputs);

    /// <summary>Per-item metadata from each input, and project-wide build properties (<c>build_property.*</c>).</summary>
    public static TestOptionsProvider OptionsFor(Dictionary<string, string>? globalOptions, params SchemaInput[] inputs)
        => new(inputs.ToDictionary(
            i => i.Path,
            i =>
            {
                var options = new Dictionary<string, string>();
                if (i.IsSchema)
                {
                    options["build_metadata.AdditionalFiles.CodeExecGenSchema"] = "true";
                }

                if (i.Namespace is not null)
                {
                    options["build_metadata.AdditionalFiles.CodeExecGenNamespace"] = i.Namespace;
                }

                if (i.Overlay is not null)
                {
                    options["build_metadata.AdditionalFiles.CodeExecGenOverlay"] = i.Overlay;
                }

                if (i.Accessibility is not null)
                {
                    options["build_metadata.AdditionalFiles.CodeExecGenAccessibility"] = i.Accessibility;
                }

                if (i.RootTypes is not null)
                {
                    options["build_metadata.AdditionalFiles.CodeExecGenRootTypes"] = i.RootTypes;
                }

                if (i.Client is not null)
                {
                    options["build_metadata.AdditionalFiles.CodeExecGenClient"] = i.Client;
                }

                return options;
            }),
            globalOptions?.ToDictionary(p => "build_property." + p.Key, p => p.Value));

    /// <summary>Runs the generator once over an empty compilation, with project-wide build properties (CodeExecGenDefault = "false", say).</summary>
    public static GeneratorDriverRunResult RunWith(Dictionary<string, string> properties, params SchemaInput[] inputs)
        => CreateDriver(inputs, out _, null, properties).RunGenerators(CreateCompilation()).GetRunResult();

    /// <summary>Runs the generator once over an empty compilation.</summary>
    public static GeneratorDriverRunResult Run(params SchemaInput[] inputs)
        => CreateDriver(inputs).RunGenerators(CreateCompilation()).GetRunResult();

    /// <summary>Generated files by hint name, in ordinal order.</summary>
    public static SortedDictionary<string, string> Sources(GeneratorDriverRunResult result)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources))
        {
            files[source.HintName] = source.SourceText.ToString();
        }

        return files;
    }

    /// <summary>The generated code compiled into a consumer compilation: every diagnostic of the result.</summary>
    public static ImmutableArray<Diagnostic> CompileGenerated(GeneratorDriverRunResult result, IEnumerable<MetadataReference> references, params string[] extraSources)
    {
        var compilation = CreateCompilation(references, extraSources)
            .AddSyntaxTrees(result.GeneratedTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), ParseOptions, t.FilePath)));
        return compilation.GetDiagnostics();
    }
}

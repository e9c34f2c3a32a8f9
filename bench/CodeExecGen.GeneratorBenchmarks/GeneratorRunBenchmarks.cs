using System;
using System.Collections.Immutable;
using System.IO;
using BenchmarkDotNet.Attributes;
using CodeExecGen.Generator;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>
/// One generator run over the Gemini schema in the situations an IDE meets, against a no-op generator
/// that reads the same schema and emits one file: cold (a new driver); no change (the same
/// compilation again); an unrelated C# edit (every step cached: what each keystroke pays); and one
/// schema description edited. Issue 13's targets: cold at most 200 ms, an unrelated edit at most 2x.
/// </summary>
[MemoryDiagnoser]
public class GeneratorRunBenchmarks
{
    public const string Cold = "cold";
    public const string NoChange = "no-change";
    public const string UnrelatedEdit = "unrelated-edit";
    public const string DescriptionEdit = "description-edit";

    private SchemaItem _schema = null!;
    private TestAdditionalText _editedSchema = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driver = null!;
    private int _edit;
    private bool _schemaEdited;

    [Params(Cold, NoChange, UnrelatedEdit, DescriptionEdit)]
    public string Scenario { get; set; } = Cold;

    private IIncrementalGenerator _generator = null!;

    [GlobalSetup(Target = nameof(NoOpGenerator))]
    public void SetupNoOp() => Setup(new NoOp());

    [GlobalSetup(Target = nameof(CodeExecGen))]
    public void SetupOurs() => Setup(new CodeExecGenGenerator());

    private void Setup(IIncrementalGenerator generator)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "generativelanguage.v1beta.json"));
        _schema = SchemaItem.Create(text, "Gemini");
        // Blob.data's description, the first of two with this text.
        const string Description = "\"description\": \"Raw bytes for media formats.\"";
        var at = text.IndexOf(Description, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The schema no longer has the description this benchmark edits.");
        }

        _editedSchema = new TestAdditionalText(_schema.File.Path, text.Remove(at, Description.Length).Insert(at, "\"description\": \"Raw bytes for media formats (edited).\""));
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class C { void M() { } }")], options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _generator = generator;
        _driver = NewDriver().RunGenerators(_compilation);
    }

    private GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create([_generator.AsSourceGenerator()], [_schema.File], optionsProvider: _schema.Options);

    [Benchmark(Baseline = true)]
    public GeneratorDriver NoOpGenerator() => Run();

    [Benchmark]
    public GeneratorDriver CodeExecGen() => Run();

    private GeneratorDriver Run()
    {
        switch (Scenario)
        {
            case Cold:
                return NewDriver().RunGenerators(_compilation);
            case NoChange:
                return _driver = _driver.RunGenerators(_compilation);
            case UnrelatedEdit:
                // Each operation sees a compilation one edit newer, as typing does.
                var tree = _compilation.SyntaxTrees[0];
                _compilation = _compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("class C { void M() { var x = " + (_edit++ % 1000) + "; } }"));
                return _driver = _driver.RunGenerators(_compilation);
            default:
                // Alternate between the two texts so every operation sees a changed description.
                var (from, to) = _schemaEdited ? ((AdditionalText)_editedSchema, (AdditionalText)_schema.File) : (_schema.File, _editedSchema);
                _schemaEdited = !_schemaEdited;
                return _driver = _driver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        }
    }
}

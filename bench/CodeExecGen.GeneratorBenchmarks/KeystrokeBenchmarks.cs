using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using CodeExecGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>
/// What the IDE pays per keystroke: the generator re-run after an edit to unrelated C# (every step
/// cached), against a no-op generator that reads the same schema and emits one file. Issue 13's
/// target is at most 2x the no-op.
/// </summary>
[MemoryDiagnoser]
public class KeystrokeBenchmarks
{
    private GeneratorDriver _ours = null!;
    private GeneratorDriver _noOp = null!;
    private CSharpCompilation _edited = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "generativelanguage.v1beta.json"));
        var schema = SchemaItem.Create(text, "Gemini");
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class C { void M() { } }")], options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _ours = CSharpGeneratorDriver.Create([new CodeExecGenGenerator().AsSourceGenerator()], [schema.File], optionsProvider: schema.Options).RunGenerators(compilation);
        _noOp = CSharpGeneratorDriver.Create([new NoOpGenerator().AsSourceGenerator()], [schema.File], optionsProvider: schema.Options).RunGenerators(compilation);
        _edited = compilation;
    }

    /// <summary>Each operation sees a compilation one edit newer, as typing does.</summary>
    private CSharpCompilation NextEdit()
    {
        var tree = _edited.SyntaxTrees[0];
        _edited = _edited.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("class C { void M() { var x = " + (_edit++ % 1000) + "; } }"));
        return _edited;
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver NoOpGeneratorAfterAnEdit() => _noOp = _noOp.RunGenerators(NextEdit());

    [Benchmark]
    public GeneratorDriver CodeExecGenAfterAnEdit() => _ours = _ours.RunGenerators(NextEdit());

    /// <summary>Reads the schema text and emits one file from its length: the least a schema-driven generator does.</summary>
    private sealed class NoOpGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var lengths = context.AdditionalTextsProvider.Select(static (file, token) => file.GetText(token)?.Length ?? 0);
            context.RegisterSourceOutput(lengths, static (spc, length) => spc.AddSource("Length.g.cs", "// " + length));
        }
    }
}

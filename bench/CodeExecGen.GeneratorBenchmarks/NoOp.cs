using Microsoft.CodeAnalysis;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>Reads the schema text and emits one file from its length: the least a schema-driven generator does.</summary>
internal sealed class NoOp : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Select(static (file, token) => file.GetText(token)?.Length ?? 0);
        context.RegisterSourceOutput(lengths, static (spc, length) => spc.AddSource("Length.g.cs", "// " + length));
    }
}

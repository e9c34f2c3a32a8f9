using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>
/// Generators that take the inputs CodeExecGen reads on every edit and do nothing with them: what those inputs
/// alone cost the driver, the floor under CodeExecGen's zero-config figure in the edit cost.
/// </summary>
internal static class SingleInputGenerators
{
    /// <summary>The metadata references, collected: how CodeExecGen learns whether the precompiled contracts and Microsoft.Extensions.AI are referenced.</summary>
    internal sealed class MetadataReferences : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(context.MetadataReferencesProvider.Collect().Select(static (references, _) => references.Length), static (_, _) => { });
    }

    /// <summary>Methods marked [GeminiFunction], found by ForAttributeWithMetadataName: how CodeExecGen finds function tools.</summary>
    internal sealed class FunctionAttribute : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(FunctionMethods(context), static (_, _) => { });
    }

    /// <summary>Every input CodeExecGen reads (build options, schema files, references, [GeminiFunction] methods) in one output: the least a generator that reads them pays.</summary>
    internal sealed class AllInputs : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(
                context.AnalyzerConfigOptionsProvider.Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.CodeExecGenDefault", out var mode) ? mode : null)
                    .Combine(context.AdditionalTextsProvider.Select(static (text, _) => text.Path).Collect())
                    .Combine(context.MetadataReferencesProvider.Collect().Select(static (references, _) => references.Length))
                    .Combine(FunctionMethods(context)),
                static (_, _) => { });
    }

    /// <summary>
    /// The references read from the compilation instead, kept while the array is the same one (Roslyn keeps it
    /// across edits): what issue 25's point 6 rules out, timed to show what that rule costs.
    /// </summary>
    internal sealed class CompilationReferences : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(
                context.CompilationProvider.Select(static (compilation, _) => compilation.ExternalReferences).WithComparer(SameArray.Instance).Select(static (references, _) => references.Length),
                static (_, _) => { });

        private sealed class SameArray : System.Collections.Generic.IEqualityComparer<ImmutableArray<MetadataReference>>
        {
            public static readonly SameArray Instance = new();

            public bool Equals(ImmutableArray<MetadataReference> x, ImmutableArray<MetadataReference> y) => x == y;

            public int GetHashCode(ImmutableArray<MetadataReference> obj) => obj.Length;
        }
    }

    private static IncrementalValueProvider<ImmutableArray<int>> FunctionMethods(IncrementalGeneratorInitializationContext context)
        => context.SyntaxProvider.ForAttributeWithMetadataName(FunctionNames.AttributeMetadataName, static (_, _) => true, static (_, _) => 0).Collect();
}

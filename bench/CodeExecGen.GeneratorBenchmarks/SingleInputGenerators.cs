using Microsoft.CodeAnalysis;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>
/// Generators that each take one of the inputs CodeExecGen reads on every edit and do nothing with it: what that
/// input alone costs the driver, the floor under CodeExecGen's zero-config figure in the edit cost.
/// </summary>
internal static class SingleInputGenerators
{
    /// <summary>The metadata references, one item per reference, collected: how CodeExecGen learns whether the precompiled contracts and Microsoft.Extensions.AI are referenced.</summary>
    internal sealed class MetadataReferences : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(context.MetadataReferencesProvider.Select(static (reference, _) => reference.Display?.Length ?? 0).Collect(), static (_, _) => { });
    }

    /// <summary>Methods marked [GeminiFunction], found by ForAttributeWithMetadataName: how CodeExecGen finds function tools.</summary>
    internal sealed class FunctionAttribute : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(
                context.SyntaxProvider.ForAttributeWithMetadataName(FunctionNames.AttributeMetadataName, static (_, _) => true, static (_, _) => 0).Collect(),
                static (_, _) => { });
    }
}

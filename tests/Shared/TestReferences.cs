using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CodeExecGen.Tests;

/// <summary>What a consumer's compilation references: the framework's reference assemblies and the CodeExecGen runtime built for it.</summary>
internal static class TestReferences
{
    public static IReadOnlyList<MetadataReference> Net100 { get; } = [.. Basic.Reference.Assemblies.Net100.References.All, RuntimeReference.Net10];

#if CODEEXECGEN_NET80_REFERENCES
    public static IReadOnlyList<MetadataReference> Net80 { get; } = [.. Basic.Reference.Assemblies.Net80.References.All, RuntimeReference.Net8];
#endif
}

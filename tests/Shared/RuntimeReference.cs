using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace CodeExecGen.Tests;

/// <summary>The CodeExecGen runtime as a metadata reference, built for the framework a test compiles against.</summary>
internal static class RuntimeReference
{
    public static MetadataReference Net10 { get; } = MetadataReference.CreateFromFile(typeof(GoogleTimestamp).Assembly.Location);

    public static MetadataReference Net8 { get; } = MetadataReference.CreateFromFile(
        typeof(RuntimeReference).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CodeExecGenRuntimeNet8").Value!);
}

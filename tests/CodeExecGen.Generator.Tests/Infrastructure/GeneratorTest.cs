using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CodeExecGen.Generator.Tests.Infrastructure;

/// <summary>
/// Microsoft.CodeAnalysis.Testing, offline: reference assemblies come from Basic.Reference.Assemblies,
/// never from a download at test time.
/// </summary>
internal sealed class GeneratorTest : CSharpSourceGeneratorTest<CodeExecGenGenerator, DefaultVerifier>
{
    public GeneratorTest()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(CodeExecGen.Tests.TestReferences.Net100);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        TestState.Sources.Add(("/app/Program.cs", "public static class Program { }"));
    }

    /// <summary>Adds a schema file with the metadata a consumer's project gives it.</summary>
    public GeneratorTest WithSchema(string path, string text, string? ns = null)
    {
        TestState.AdditionalFiles.Add((path, text));
        var config = "is_global = true\n[" + path + "]\nbuild_metadata.AdditionalFiles.CodeExecGenSchema = true\n";
        if (ns is not null)
        {
            config += "build_metadata.AdditionalFiles.CodeExecGenNamespace = " + ns + "\n";
        }

        TestState.AnalyzerConfigFiles.Add(("/" + System.Guid.NewGuid().ToString("N") + ".globalconfig", config));
        return this;
    }
}

using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>The MSBuild knobs: the embedded default, its namespace and roots, accessibility, per-item metadata.</summary>
public class OptionsTests
{
    private const string DefaultNamespace = "GenerativeLanguage.V1beta";

    private static Dictionary<string, string> Properties(params (string Key, string Value)[] properties) => properties.ToDictionary(p => p.Key, p => p.Value);

    private static void AssertCompiles(GeneratorDriverRunResult result)
    {
        var errors = GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    private static int TypeFiles(GeneratorDriverRunResult result, string ns)
        => GeneratorRunner.Sources(result).Keys.Count(k => k.StartsWith(ns + ".", System.StringComparison.Ordinal) && !k.Contains(".Serialization.") && !k.EndsWith(".Support.g.cs", System.StringComparison.Ordinal) && !k.EndsWith(".Union.g.cs", System.StringComparison.Ordinal) && !k.EndsWith(".Client.g.cs", System.StringComparison.Ordinal));

    [Fact]
    public void A_project_with_no_schema_gets_the_embedded_Gemini_contracts()
    {
        var result = GeneratorRunner.RunWith(Properties());
        var sources = GeneratorRunner.Sources(result);
        Assert.Contains(DefaultNamespace + ".Part.g.cs", sources.Keys);
        Assert.Contains(DefaultNamespace + ".CodeExecutionSteps.Support.g.cs", sources.Keys);
        Assert.Contains(DefaultNamespace + ".GenerativeLanguageClient.Client.g.cs", sources.Keys);
        Assert.Equal(207 + 14 + 53, TypeFiles(result, DefaultNamespace));
        // Not even the informational notes about Google's document: the project did not add it.
        Assert.Empty(result.Diagnostics);
        AssertCompiles(result);
    }

    [Fact]
    public void The_default_client_can_be_turned_off_and_an_unknown_value_is_CEG0012()
    {
        var off = GeneratorRunner.Sources(GeneratorRunner.RunWith(Properties(("CodeExecGenDefaultClient", "false"))));
        Assert.Contains(DefaultNamespace + ".Part.g.cs", off.Keys);
        Assert.DoesNotContain(DefaultNamespace + ".GenerativeLanguageClient.Client.g.cs", off.Keys);
        Assert.DoesNotContain(DefaultNamespace + ".ApiTransport.Support.g.cs", off.Keys);

        var unknown = GeneratorRunner.RunWith(Properties(("CodeExecGenDefaultClient", "maybe")));
        var diagnostic = Assert.Single(unknown.Diagnostics);
        Assert.Equal("CEG0012", diagnostic.Id);
        Assert.Contains("CodeExecGenDefaultClient is 'maybe'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(DefaultNamespace + ".GenerativeLanguageClient.Client.g.cs", GeneratorRunner.Sources(unknown).Keys);
    }

    [Fact]
    public void The_default_can_be_turned_off()
        => Assert.Empty(GeneratorRunner.Sources(GeneratorRunner.RunWith(Properties(("CodeExecGenDefault", "false")))).Keys);

    [Fact]
    public void A_schema_of_ones_own_turns_the_default_off_unless_it_is_asked_for()
    {
        var own = GeneratorRunner.Gemini("Mine");
        Assert.DoesNotContain(GeneratorRunner.Sources(GeneratorRunner.RunWith(Properties(), own)).Keys, k => k.StartsWith(DefaultNamespace, System.StringComparison.Ordinal));
        var both = GeneratorRunner.RunWith(Properties(("CodeExecGenDefault", "true")), own);
        Assert.Contains("Mine.Part.g.cs", GeneratorRunner.Sources(both).Keys);
        Assert.Contains(DefaultNamespace + ".Part.g.cs", GeneratorRunner.Sources(both).Keys);
    }

    [Fact]
    public void The_default_namespace_can_be_chosen()
        => Assert.Contains("MyApp.Gemini.Part.g.cs", GeneratorRunner.Sources(GeneratorRunner.RunWith(Properties(("CodeExecGenDefaultNamespace", "MyApp.Gemini")))).Keys);

    [Fact]
    public void Root_types_keep_only_their_closure_and_it_compiles()
    {
        var result = GeneratorRunner.RunWith(Properties(("CodeExecGenDefaultRootTypes", "GenerateContentRequest;GenerateContentResponse")));
        var sources = GeneratorRunner.Sources(result).Keys.ToList();
        var count = TypeFiles(result, DefaultNamespace);
        Assert.InRange(count, 40, 150);
        Assert.Contains(DefaultNamespace + ".CodeExecutionResult.g.cs", sources);
        Assert.Contains(DefaultNamespace + ".CodeExecutionSteps.Support.g.cs", sources);
        Assert.DoesNotContain(DefaultNamespace + ".ListModelsResponse.g.cs", sources);
        Assert.DoesNotContain(DefaultNamespace + ".Serialization.ListModelsResponseConverter.g.cs", sources);
        AssertCompiles(result);
    }

    [Fact]
    public void Roots_without_the_code_execution_types_get_no_code_execution_helpers()
    {
        var result = GeneratorRunner.RunWith(Properties(("CodeExecGenDefaultRootTypes", "ListModelsResponse")));
        Assert.DoesNotContain(GeneratorRunner.Sources(result).Keys, k => k.EndsWith("CodeExecutionSteps.Support.g.cs", System.StringComparison.Ordinal));
        AssertCompiles(result);
    }

    [Fact]
    public void Internal_generation_exposes_no_public_type()
    {
        var result = GeneratorRunner.RunWith(Properties(("CodeExecGenAccessibility", "internal")));
        AssertCompiles(result);
        var compilation = GeneratorRunner.CreateCompilation().AddSyntaxTrees(result.GeneratedTrees);
        var generated = compilation.Assembly.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "GenerativeLanguage");
        var exposed = AllTypes(generated).Where(t => t.DeclaredAccessibility == Accessibility.Public).Select(t => t.ToDisplayString()).ToList();
        Assert.True(exposed.Count == 0, string.Join(", ", exposed.Take(10)));
        Assert.True(AllTypes(generated).Count() > 200);
    }

    [Fact]
    public void A_schema_item_can_ask_for_internal_types_and_roots_of_its_own()
    {
        var item = GeneratorRunner.Gemini("Mine") with { Accessibility = "internal", RootTypes = "Part" };
        var result = GeneratorRunner.RunWith(Properties(), item);
        Assert.InRange(TypeFiles(result, "Mine"), 10, 40);
        AssertCompiles(result);
        var compilation = GeneratorRunner.CreateCompilation().AddSyntaxTrees(result.GeneratedTrees);
        Assert.Equal(Accessibility.Internal, compilation.GetTypeByMetadataName("Mine.Part")!.DeclaredAccessibility);
    }

    [Fact]
    public void Unknown_option_values_and_roots_are_warnings_that_name_them()
    {
        var result = GeneratorRunner.RunWith(Properties(("CodeExecGenAccessibility", "protected"), ("CodeExecGenDefaultRootTypes", "Part;NoSuchThing"), ("CodeExecGenDefault", "maybe")));
        // Warnings; the test compilation reports every warning as an error.
        var ids = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(s => s, System.StringComparer.Ordinal).ToList();
        Assert.True(ids.Count == 3, string.Join("\n", result.Diagnostics));
        Assert.Contains(ids, s => s.StartsWith("CEG0012", System.StringComparison.Ordinal) && s.Contains("'protected'"));
        Assert.Contains(ids, s => s.StartsWith("CEG0012", System.StringComparison.Ordinal) && s.Contains("'maybe'"));
        Assert.Contains(ids, s => s.StartsWith("CEG0013", System.StringComparison.Ordinal) && s.Contains("'NoSuchThing'"));
        Assert.Contains(GeneratorRunner.Sources(result).Keys, k => k == DefaultNamespace + ".Part.g.cs");
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
        => ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));
}

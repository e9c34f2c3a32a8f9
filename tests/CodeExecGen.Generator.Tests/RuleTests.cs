using System;
using System.IO;
using System.Linq;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>One small schema per naming or mapping rule; each output is a reviewed snapshot and compiles cleanly.</summary>
public class RuleTests
{
    public static TheoryData<string> Schemas => new() { "naming", "enums", "mapping", "hostile" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Output_matches_the_reviewed_snapshot_and_compiles(string name)
    {
        var result = Run(name);
        Snapshot.Match("Rules/" + name, GeneratorRunner.Sources(result).Where(s => !s.Key.EndsWith(".Support.g.cs", StringComparison.Ordinal)).ToDictionary(s => s.Key, s => s.Value));
        Assert.Empty(GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100).Select(d => d.ToString()));
    }

    [Fact]
    public void Hostile_text_declares_no_type_or_member_of_its_own()
    {
        var result = Run("hostile");
        var declared = result.GeneratedTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
            .Select(m => m switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.Text,
                PropertyDeclarationSyntax property => property.Identifier.Text,
                EnumMemberDeclarationSyntax member => member.Identifier.Text,
                _ => m.Kind().ToString(),
            })
            .ToList();
        // Schema text may survive inside a sanitized name (XPublicClassInjected4StringY), never as a declaration of its own.
        Assert.DoesNotContain(declared, d => d.StartsWith("Injected", StringComparison.Ordinal));

        // And the doc comments are still well-formed XML: CompileGenerated parses with documentation diagnostics on.
        Assert.Empty(GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100).Select(d => d.ToString()));
    }

    [Fact]
    public void Naming_rules_report_each_collision()
    {
        var ids = Run("naming").Diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(m => m, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "Property '_responseJsonSchema' would be named 'ResponseJsonSchema', which is already taken; it is named 'ResponseJsonSchema2' instead",
                "Property 'part' would be named 'Part', which is already taken; it is named 'PartValue' instead",
                "Property 'toString' would be named 'ToString', which is already taken; it is named 'ToStringValue' instead",
                "Schema 'lower_case-id' would be named 'LowerCaseId', which is already taken; it is named 'LowerCaseId2' instead",
            ],
            ids);
    }

    private static GeneratorDriverRunResult Run(string name)
    {
        var path = Path.Combine(SourceDirectory(), "TestSchemas", name + ".json");
        return GeneratorRunner.Run(new SchemaInput("/project/" + name + ".json", File.ReadAllText(path), "Rules." + char.ToUpperInvariant(name[0]) + name.Substring(1)));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

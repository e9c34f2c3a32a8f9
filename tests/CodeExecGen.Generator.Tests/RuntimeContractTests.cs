using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CodeExecGen.Generator.Emit;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>
/// The shipped support code is text to the generator; here it is compiled alone, and every member the
/// emitters name through <see cref="Emit.JsonRuntime"/> and <see cref="ConverterMembers"/> must exist,
/// and every member the runtime declares must be used by someone.
/// </summary>
public class RuntimeContractTests
{
    private const string Namespace = "Contract";

    private static readonly string[] RuntimeFiles = { "JsonRuntime", "ModelJson", GeneratedNames.Timestamp, GeneratedNames.Duration, GeneratedNames.Bytes };

    private static Compilation CompileRuntime()
    {
        // The stub: a resolver that knows no types, which ModelJson needs.
        var resolver = ResolverEmitter.Emit(new ResolverSpec(Namespace, "/stub.json", EquatableArray<string>.Empty, "stub"));
        var compilation = GeneratorRunner.CreateCompilation(null, RuntimeFiles.Select(f => SupportTypes.Emit(f, Namespace)).Append(resolver).ToArray());
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return compilation;
    }

    private static IEnumerable<string> Constants(Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_runtime_member_the_emitters_call_exists()
    {
        var compilation = CompileRuntime();
        var runtime = compilation.GetTypeByMetadataName(Namespace + ".Serialization." + Emit.JsonRuntime.Type)!;
        Assert.NotNull(runtime);
        Assert.NotNull(compilation.GetTypeByMetadataName(Namespace + ".Serialization." + Emit.JsonRuntime.ValueReader + "`1"));
        Assert.NotNull(compilation.GetTypeByMetadataName(Namespace + ".Serialization." + Emit.JsonRuntime.NameMatcher));

        var called = Constants(typeof(Emit.JsonRuntime)).Where(c => c.StartsWith(Emit.JsonRuntime.Type + ".", StringComparison.Ordinal)).ToList();
        Assert.True(called.Count > 30);
        foreach (var name in called)
        {
            Assert.True(!runtime.GetMembers(name.Substring(Emit.JsonRuntime.Type.Length + 1)).IsEmpty, name + " is not a member of the shipped runtime");
        }
    }

    [Fact]
    public void Every_runtime_member_is_used()
    {
        var compilation = CompileRuntime();
        var runtime = compilation.GetTypeByMetadataName(Namespace + ".Serialization." + Emit.JsonRuntime.Type)!;
        var called = Constants(typeof(Emit.JsonRuntime)).ToHashSet(StringComparer.Ordinal);
        var runtimeText = SupportTypes.Emit("JsonRuntime", Namespace);
        var otherSupport = string.Concat(SupportFile.All.Where(f => f.Name != "JsonRuntime").Select(f => SupportTypes.Emit(f.Name, Namespace)));
        foreach (var member in runtime.GetMembers().Where(m => m.CanBeReferencedByName && m.DeclaredAccessibility != Accessibility.Private && !m.IsImplicitlyDeclared))
        {
            var usedInside = Regex.Matches(runtimeText, @"\b" + member.Name + @"\b").Count > 1;
            var usedBySupport = otherSupport.Contains(Emit.JsonRuntime.Type + "." + member.Name, StringComparison.Ordinal);
            Assert.True(called.Contains(Emit.JsonRuntime.Type + "." + member.Name) || usedInside || usedBySupport, member.Name + " is declared but nothing calls it");
        }

        foreach (var type in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().Where(t => t.ContainingNamespace.ToDisplayString() == Namespace + ".Serialization"))
        {
            Assert.True(Regex.Matches(runtimeText, @"\b" + type.Name + @"\b").Count > 1 || otherSupport.Contains(type.Name, StringComparison.Ordinal) || Constants(typeof(Emit.JsonRuntime)).Contains(type.Name), type.Name + " is declared but nothing uses it");
        }
    }

    [Fact]
    public void Generated_converters_have_every_member_other_code_calls()
    {
        var result = GeneratorRunner.Run(GeneratorRunner.Gemini());
        var compilation = GeneratorRunner.CreateCompilation().AddSyntaxTrees(result.GeneratedTrees);
        foreach (var converter in new[] { "Gemini.Serialization.PartConverter", "Gemini.Serialization.CodeExecutionResultOutcomeConverter" })
        {
            var type = compilation.GetTypeByMetadataName(converter)!;
            Assert.NotNull(type);
            var isEnum = converter.EndsWith("OutcomeConverter", StringComparison.Ordinal);
            var expected = isEnum
                ? new[] { ConverterMembers.Element, ConverterMembers.TryReadValue, ConverterMembers.Parse, ConverterMembers.WireName }
                : new[] { ConverterMembers.Element, ConverterMembers.ReadValue, ConverterMembers.WriteValue };
            foreach (var member in expected)
            {
                Assert.True(!type.GetMembers(member).IsEmpty, converter + " lacks " + member);
            }
        }
    }
}

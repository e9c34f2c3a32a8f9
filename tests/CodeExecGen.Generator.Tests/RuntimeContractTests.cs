using System;
using System.Collections.Generic;
using System.IO;
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
/// The runtime is compiled; the emitters name its members as text. Every member the emitters name through
/// <see cref="Emit.JsonRuntime"/> must exist in it, and every public member of its JSON rules must be called
/// by generated code or the runtime itself, so a rename on either side fails a test, not a consumer's build.
/// </summary>
public class RuntimeContractTests
{
    private static readonly Type Runtime = typeof(CodeExecGen.Serialization.JsonRuntime);

    private static IEnumerable<string> Constants(Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_runtime_member_the_emitters_call_exists()
    {
        Assert.Equal(Emit.JsonRuntime.Type, "global::" + Runtime.FullName);
        Assert.Equal(Emit.JsonRuntime.ValueReader, "global::" + typeof(CodeExecGen.Serialization.JsonValueReader<>).FullName!.Replace("`1", string.Empty, StringComparison.Ordinal));
        Assert.Equal(Emit.JsonRuntime.NameMatcher, "global::" + typeof(CodeExecGen.Serialization.JsonNameMatcher).FullName);

        var called = Constants(typeof(Emit.JsonRuntime)).Where(c => c.StartsWith(Emit.JsonRuntime.Type + ".", StringComparison.Ordinal)).ToList();
        Assert.True(called.Count > 30);
        foreach (var name in called)
        {
            Assert.True(Runtime.GetMember(name.Substring(Emit.JsonRuntime.Type.Length + 1), BindingFlags.Public | BindingFlags.Static).Length > 0, name + " is not a public member of the runtime");
        }
    }

    [Fact]
    public void Every_public_member_of_the_json_rules_is_called()
    {
        var called = Constants(typeof(Emit.JsonRuntime)).ToHashSet(StringComparer.Ordinal);
        var source = Path.Combine(SourceDirectory(), "..", "..", "src", "CodeExecGen.Runtime");
        var runtimeText = string.Concat(Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var supportText = string.Concat(SupportFile.All.Select(f => SupportTypes.Emit(f.Name, "Contract")));
        foreach (var member in Runtime.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m is not MethodInfo { IsSpecialName: true }).Select(m => m.Name).Distinct())
        {
            var usedInside = Regex.Matches(runtimeText, @"\b" + member + @"\b").Count > 1;
            var usedBySupport = supportText.Contains(Emit.JsonRuntime.Type + "." + member, StringComparison.Ordinal);
            Assert.True(called.Contains(Emit.JsonRuntime.Type + "." + member) || usedInside || usedBySupport, member + " is public in the runtime but nothing calls it");
        }
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

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

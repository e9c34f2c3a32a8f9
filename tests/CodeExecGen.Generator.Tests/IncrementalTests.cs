using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CodeExecGen.Generator.Bind;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>Caching is proven by the run reasons of every named pipeline step.</summary>
public class IncrementalTests
{
    private static readonly string[] AllSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached()
    {
        // A function tool too, so that its steps run (and must stay cached).
        var compilation = GeneratorRunner.CreateCompilation(null, "class A { }", "static partial class Tools { [CodeExecGen.GeminiFunction(\"Adds.\")] public static int Add(int a, int b) => a + b; }");
        var driver = GeneratorRunner.CreateDriver(GeneratorRunner.Gemini()).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X => 1; }", GeneratorRunner.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} did not run");
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).Distinct().ToList();
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Changing_one_description_re_emits_only_that_types_file()
    {
        var original = GeneratorRunner.Gemini();
        var driver = GeneratorRunner.CreateDriver([original], out var texts).RunGenerators(GeneratorRunner.CreateCompilation());

        // This sentence is only in CodeExecutionResult's own description.
        const string before = "Generated only when the `CodeExecution` tool is used.";
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(original.Text, System.Text.RegularExpressions.Regex.Escape(before)));
        var changed = original with { Text = original.Text.Replace(before, "Generated only when the code execution tool runs.") };
        driver = driver.ReplaceAdditionalText(texts.Single(), new TestAdditionalText(changed.Path, changed.Text));

        var result = driver.RunGenerators(GeneratorRunner.CreateCompilation()).GetRunResult().Results.Single();
        var typeOutputs = result.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs).ToList();
        var modified = typeOutputs.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((GeneratedType)o.Value).Type.Name).ToList();
        Assert.Equal(["CodeExecutionResult"], modified);
        Assert.All(typeOutputs.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));

        // The client names types, not their descriptions: it is not re-emitted.
        Assert.All(result.TrackedSteps[TrackingNames.Clients].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));

        // The shorter text moves the diagnostics after it (Modified), and that moved nothing else:
        // diagnostics are a separate output, so no source was re-emitted for them.
        Assert.All(result.TrackedSteps[TrackingNames.Diagnostics].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.SupportFiles].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Resolvers].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.Contains("Generated only when the code execution tool runs.", result.GeneratedSources.Single(s => s.HintName == "Gemini.CodeExecutionResult.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_a_function_body_re_emits_nothing_and_a_new_parameter_re_emits_its_tool()
    {
        const string before = "static partial class Tools { [CodeExecGen.GeminiFunction(\"Adds.\")] public static int Add(int a, int b) => a + b; }";
        var compilation = GeneratorRunner.CreateCompilation(null, before);
        var driver = GeneratorRunner.CreateDriver(GeneratorRunner.Gemini()).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains("Tools"));

        // A longer body moves nothing the tool depends on: its spec is Unchanged and its file is not re-emitted.
        var bodyEdit = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("// a comment that shifts every position\n" + before.Replace("a + b", "checked(a + b)"), GeneratorRunner.ParseOptions));
        var result = driver.RunGenerators(bodyEdit).GetRunResult().Results.Single();
        Assert.All(result.TrackedSteps[TrackingNames.FunctionToolSpecs].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Contains(result.TrackedSteps[TrackingNames.FunctionMethods].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified); // the method did move
        // Every output that ran again wrote no source (the CEG2006 check, which has locations, finds nothing to say).
        foreach (var output in result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Cached))
        {
            var sources = (System.Collections.IEnumerable)((System.Runtime.CompilerServices.ITuple)output.Value)[0]!;
            Assert.Empty(sources.Cast<object>());
        }

        Assert.Contains("Tools.FunctionTool.g.cs", result.GeneratedSources.Select(s => s.HintName));

        // A new parameter changes the declaration: the tool is re-emitted with it.
        var signatureEdit = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(before.Replace("int b)", "int b, int c = 0)"), GeneratorRunner.ParseOptions));
        result = driver.RunGenerators(signatureEdit).GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[TrackingNames.FunctionToolSpecs].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("\\\"c\\\"", result.GeneratedSources.Single(s => s.HintName == "Tools.FunctionTool.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_one_schema_leaves_the_other_schemas_outputs_alone()
    {
        const string other = """{"schemas": {"Thing": {"id": "Thing", "type": "object", "properties": {"name": {"type": "string", "description": "v1"}}}}}""";
        var gemini = GeneratorRunner.Gemini();
        var small = new SchemaInput("/project/schema/other.json", other, "Other");
        var driver = GeneratorRunner.CreateDriver([gemini, small], out var texts).RunGenerators(GeneratorRunner.CreateCompilation());

        driver = driver.ReplaceAdditionalText(texts[1], new TestAdditionalText(small.Path, other.Replace("v1", "v2")));
        var result = driver.RunGenerators(GeneratorRunner.CreateCompilation()).GetRunResult().Results.Single();

        var typeOutputs = result.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs).Select(o => ((GeneratedType)o.Value, o.Reason)).ToList();
        Assert.Equal(["Thing"], typeOutputs.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => o.Item1.Type.Name));
        Assert.All(typeOutputs.Where(o => o.Item1.SourcePath == gemini.Path), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Item1.Type.Name + ": " + o.Reason));
        Assert.Contains("v2", result.GeneratedSources.Single(s => s.HintName == "Other.Thing.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Pipeline_values_hold_no_compilation_symbol_or_syntax()
    {
        var result = GeneratorRunner.CreateDriver(GeneratorRunner.Gemini())
            .RunGenerators(GeneratorRunner.CreateCompilation()).GetRunResult().Results.Single();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var output in result.TrackedSteps.Where(s => AllSteps.Contains(s.Key)).SelectMany(s => s.Value).SelectMany(s => s.Outputs))
        {
            AssertNoRoslynObjects(output.Value, visited);
        }
    }

    private static void AssertNoRoslynObjects(object? value, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location, $"pipeline value holds a {value.GetType()}");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, visited);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), visited);
        }
    }
}

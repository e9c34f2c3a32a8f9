using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;

namespace CodeExecGen.Generator.Functions;

/// <summary>The function tools of a compilation, one per class, and the problems found in grouping them.</summary>
internal sealed record FunctionToolSet(EquatableArray<FunctionToolSpec> Tools, EquatableArray<DiagnosticInfo> Diagnostics);

internal static class FunctionTools
{
    /// <summary>The support file with the argument readers, emitted into the Gemini namespace.</summary>
    public const string RuntimeFile = "FunctionArguments";


    /// <summary>The nested class that holds a tool's readers, writers and schemas.</summary>
    public const string BindingClass = "FunctionToolBinding";

    /// <summary>The names the generator adds to a tool's class: a member of the user's with one of them is CEG2008.</summary>
    public static readonly string[] GeneratedMemberNames = { "FunctionTool", "InvokeAsync", "InvokeAllAsync", "AsAIFunctions", BindingClass };

    /// <summary>CEG2006 for each class with functions, at its first function, when there are no Gemini contracts to write them with.</summary>
    public static IEnumerable<DiagnosticInfo> WithoutContracts(ImmutableArray<FunctionMethodResult> methods)
        => methods.Where(m => m.Function is not null)
            .GroupBy(m => m.ClassKey)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(m => m.Location.FilePath, StringComparer.Ordinal).ThenBy(m => m.Location.Start).First())
            .Select(m => DiagnosticInfo.Create(DiagnosticDescriptors.NoGeminiContracts, m.Location, m.Types[m.Types.Count - 1].Name));

    /// <summary>One tool per class, functions in declaration order; a repeated function name is CEG2002.</summary>
    public static FunctionToolSet Group(ImmutableArray<FunctionMethodResult> methods)
    {
        var tools = new List<FunctionToolSpec>();
        // A class-wide problem (CEG2008) is found from each of the class's methods: reported once.
        var diagnostics = methods.SelectMany(m => m.Diagnostics).Distinct().ToList();
        foreach (var group in methods.GroupBy(m => m.ClassKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var functions = new List<FunctionSpec>();
            var names = new Dictionary<string, FunctionSpec>(StringComparer.Ordinal);
            foreach (var method in group.Where(m => m.Function is not null).OrderBy(m => m.Location.FilePath, StringComparer.Ordinal).ThenBy(m => m.Location.Start))
            {
                var function = method.Function!;
                if (names.TryGetValue(function.FunctionName, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateFunctionName, method.Location, function.FunctionName, first.MethodName, function.MethodName));
                    continue;
                }

                names[function.FunctionName] = function;
                functions.Add(function);
            }

            if (functions.Count == 0)
            {
                continue;
            }

            var sample = group.First();
            var hint = (sample.Namespace is null ? string.Empty : sample.Namespace + ".") + string.Join(".", sample.Types.Select(t => Sanitize(t.Name))) + ".FunctionTool.g.cs";
            tools.Add(new FunctionToolSpec(sample.Namespace, sample.Types, hint, functions.ToEquatableArray()));
        }

        return new FunctionToolSet(tools.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string Sanitize(string name) => new string(name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
}

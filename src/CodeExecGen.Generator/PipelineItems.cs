using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;

namespace CodeExecGen.Generator;

/// <summary>One schema to generate from (an AdditionalFiles item, or the embedded Gemini default): path, text and what shapes the output. Equatable by value.</summary>
internal sealed record SchemaFile(string Path, string? Namespace, string Text, OverlaySource? Overlay = null, string? Accessibility = null, string? RootTypes = null, string? Client = null);

/// <summary>
/// The project-wide MSBuild knobs (build_property.*): whether the embedded Gemini schema generates, its
/// namespace and roots, and the accessibility every schema uses unless its item says otherwise.
/// </summary>
internal sealed record GeneratorOptions(string? DefaultMode, string? DefaultNamespace, string? DefaultRootTypes, string? Accessibility, string? DefaultClient = null);

/// <summary>Which schema owns a generated namespace; the precompiled contracts own theirs before any schema.</summary>
internal sealed record NamespaceOwner(string Namespace, string Path, bool Precompiled = false);

/// <summary>One generated type and the schema file it came from.</summary>
internal sealed record GeneratedType(string SourcePath, TypeSpec Type);

/// <summary>The helper files of one generated namespace.</summary>
internal sealed record NamespaceSupport(string Namespace, EquatableArray<SupportFileSpec> Files);

/// <summary>Schema files that generate nothing (their namespace is taken, or the language is too old), and the CEG0007 errors.</summary>
internal sealed record NamespaceConflicts(EquatableArray<string> SkippedPaths, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// Two schemas in one namespace would define every type twice: the first path (ordinal) keeps it.
    /// Namespaces that differ only by case count as one, since hint names (and files on Windows and
    /// macOS disks) must be unique ignoring case.
    /// </summary>
    public static NamespaceConflicts Find(ImmutableArray<NamespaceOwner> owners)
    {
        var skipped = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var group in owners.GroupBy(o => o.Namespace, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var paths = group.OrderBy(o => !o.Precompiled).ThenBy(o => o.Path, StringComparer.Ordinal).Select(o => o.Path).ToList();
            for (var i = 1; i < paths.Count; i++)
            {
                skipped.Add(paths[i]);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateNamespace, new LocationInfo(paths[i], 0, 0, 0, 0, 0, 0), paths[0], paths[i], group.Key));
            }
        }

        return new NamespaceConflicts(skipped.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}

/// <summary>Which schema files generate nothing: all of them below C# 11, else those that lost their namespace.</summary>
internal sealed record SkippedPaths(bool All, EquatableArray<string> Paths)
{
    public bool Skips(string path) => All || Paths.Contains(path);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;

namespace CodeExecGen.Generator;

/// <summary>Which schema owns a generated namespace.</summary>
internal sealed record NamespaceOwner(string Namespace, string Path);

/// <summary>What the per-namespace helper files depend on.</summary>
internal sealed record SupportSpec(string Namespace, string Path, bool HasCodeExecutionShape);

/// <summary>One generated type and the schema file it came from.</summary>
internal sealed record GeneratedType(string SourcePath, Schema.TypeSpec Type);

/// <summary>Schema files that lost their namespace to another file, and the CEG0007 errors saying so.</summary>
internal sealed record NamespaceConflicts(EquatableArray<string> SkippedPaths, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static NamespaceConflicts Find(ImmutableArray<NamespaceOwner> owners)
    {
        var skipped = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var group in owners.GroupBy(o => o.Namespace, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var paths = group.Select(o => o.Path).OrderBy(p => p, StringComparer.Ordinal).ToList();
            for (var i = 1; i < paths.Count; i++)
            {
                skipped.Add(paths[i]);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateNamespace, new LocationInfo(paths[i], 0, 0, 0, 0, 0, 0), paths[0], paths[i], group.Key));
            }
        }

        return new NamespaceConflicts(skipped.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}

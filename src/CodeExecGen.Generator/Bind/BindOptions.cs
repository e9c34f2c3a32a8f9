using System;
using System.Collections.Generic;
using System.Linq;

namespace CodeExecGen.Generator.Bind;

/// <summary>What a schema item (or the project) asks of the output: accessibility, root types to keep only the closure of, and whether to generate the client (<c>true</c>, <c>false</c>).</summary>
internal sealed record BindOptions(string? Accessibility = null, string? RootTypes = null, string? Client = null)
{
    public static readonly BindOptions Default = new();

    /// <summary>The root schema ids, split at ';', ',' and white space; empty means every type.</summary>
    public IReadOnlyList<string> Roots() => (RootTypes ?? string.Empty)
        .Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
        .Distinct(StringComparer.Ordinal)
        .ToList();
}

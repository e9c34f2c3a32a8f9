using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CodeExecGen.Generator.Read;

/// <summary>Finds the AdditionalFiles item a schema's CodeExecGenOverlay metadata names.</summary>
internal static class OverlayResolver
{
    public static OverlaySource? Resolve(string schemaPath, string? reference, ImmutableArray<AdditionalText> candidates, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference) || string.Equals(reference!.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return reference is null ? null : new OverlaySource(reference, null, null);
        }

        var wanted = Normalize(reference.Trim());
        var besideSchema = Normalize(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(schemaPath) ?? string.Empty, reference.Trim()));
        var suffix = "/" + (wanted.StartsWith("./", StringComparison.Ordinal) ? wanted.Substring(2) : wanted);
        foreach (var candidate in candidates)
        {
            var path = Normalize(candidate.Path);
            if (path == besideSchema || path == wanted || path.EndsWith(suffix, StringComparison.Ordinal))
            {
                return new OverlaySource(reference, candidate.Path, candidate.GetText(cancellationToken)?.ToString() ?? string.Empty);
            }
        }

        return new OverlaySource(reference, null, null);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}

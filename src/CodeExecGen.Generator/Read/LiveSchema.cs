using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CodeExecGen.Generator.Diagnostics;

namespace CodeExecGen.Generator.Read;

/// <summary>
/// The Live API's WebSocket messages, which Google's Discovery document lacks, written as a small
/// Discovery document that ships inside the generator. Its schemas join the Gemini document's when that
/// document is bound, so the messages get the same converters, unions and visitors as the REST types.
/// </summary>
internal static class LiveSchema
{
    /// <summary>The path diagnostics about it name (there is no such file in the project).</summary>
    public const string Path = "CodeExecGen/generativelanguage.v1beta.live.json";

    private const string Resource = "CodeExecGen.Schema.generativelanguage.v1beta.live.json";

    private static readonly Lazy<string> Content = new(() =>
    {
        using var stream = typeof(LiveSchema).Assembly.GetManifestResourceStream(Resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Adds the Live messages to a Gemini document: new ids only. An id the document already has keeps the
    /// document's schema (a type is never defined twice) and is reported where the Live document defines it.
    /// </summary>
    public static void MergeInto(DocumentDescription document, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        if (!document.IsGeminiDocument)
        {
            return;
        }

        var live = DiscoveryReader.Read(Path, Content.Value, diagnostics, cancellationToken);
        if (live is null)
        {
            return;
        }

        var existing = new HashSet<string>(document.Schemas.Select(s => s.WireId), StringComparer.Ordinal);
        foreach (var schema in live.Schemas)
        {
            if (existing.Contains(schema.WireId))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LiveSchemaClash, schema.Location, schema.WireId));
            }
            else
            {
                document.Schemas.Add(schema);
            }
        }

        // The binder reads schemas in ordinal order of their ids: that order decides who keeps a contested name.
        document.Schemas.Sort((a, b) => string.CompareOrdinal(a.WireId, b.WireId));
    }
}

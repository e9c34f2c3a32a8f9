using System;
using System.IO;
using CodeExecGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CodeExecGen.Generator.Read;

/// <summary>The Gemini v1beta Discovery document that ships inside the generator: the zero-config default.</summary>
internal static class EmbeddedSchema
{
    /// <summary>The path diagnostics about it name (there is no such file in the project).</summary>
    public const string Path = "CodeExecGen/generativelanguage.v1beta.json";

    private const string Resource = "CodeExecGen.Schema.generativelanguage.v1beta.json";

    private static readonly Lazy<string> Content = new(() =>
    {
        using var stream = typeof(EmbeddedSchema).Assembly.GetManifestResourceStream(Resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>One string for the process, so the pipeline compares it by reference.</summary>
    public static string Text => Content.Value;

    /// <summary>An informational diagnostic about the embedded document itself.</summary>
    public static bool IsQuirk(DiagnosticInfo diagnostic)
        => (diagnostic.Location?.FilePath == Path || diagnostic.Location?.FilePath == LiveSchema.Path) && DiagnosticDescriptors.ById(diagnostic.Id).DefaultSeverity == DiagnosticSeverity.Info;

    public static bool IsValidMode(string mode) => mode.Equals("auto", StringComparison.OrdinalIgnoreCase) || mode.Equals("true", StringComparison.OrdinalIgnoreCase) || mode.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>CodeExecGenDefaultClient: on unless it says false; a value other than true or false is reported and means false.</summary>
    public static string ClientValue(string? value)
        => value is null || value.Equals("true", StringComparison.OrdinalIgnoreCase) ? "true" : "false";

    public static bool IsValidClientValue(string value) => value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>auto (or unset, or unknown): only when the project names no schema of its own; true: always; false: never.</summary>
    public static bool Wanted(string? mode, bool hasOwnSchemas)
        => string.Equals(mode, "true", StringComparison.OrdinalIgnoreCase)
           || (!hasOwnSchemas && !string.Equals(mode, "false", StringComparison.OrdinalIgnoreCase));
}

using System.IO;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// Hand-written helper types (Emit/Support/*.cs, embedded in this assembly) emitted once per
/// generated namespace, so that two projects using the generator never define the same public type.
/// </summary>
internal static class SupportTypes
{
    public const string Timestamp = "GoogleTimestamp";
    public const string Duration = "GoogleDuration";

    /// <summary>Names the schema's own types must not take (the helpers, and the serialization namespace).</summary>
    public static readonly string[] Names = { Timestamp, Duration, ConverterNames.SubNamespace, "CodeExecutionStep", "GenerateContentAccumulator" };

    /// <summary>Each helper file, the namespace it goes to (relative to the model namespace), and whether it needs Gemini's code-execution types.</summary>
    public static readonly (string File, string? SubNamespace, bool NeedsCodeExecution)[] Files =
    {
        (Timestamp, null, false),
        (Duration, null, false),
        ("JsonRuntime", ConverterNames.SubNamespace, false),
        ("ModelJson", ConverterNames.SubNamespace, false),
        ("CodeExecutionSteps", null, true),
        ("GenerateContentAccumulator", null, true),
    };

    /// <summary>Emitted once per compilation, not per namespace: the attribute the analyzers look for.</summary>
    public const string GuardedByAttribute = "GuardedByAttribute";

    // Every support file is written in this namespace; emission moves it to the consumer's.
    private const string PlaceholderNamespace = "CodeExecGen.Generated";

    /// <summary>
    /// "{ns}.{File}.Support.g.cs": the extra segment keeps helper files apart from the
    /// "{ns}.{Type}.g.cs" of a schema type with the same name (Gemini has a CodeExecution type).
    /// </summary>
    public static string HintName(string modelNamespace, (string File, string? SubNamespace, bool NeedsCodeExecution) file)
        => modelNamespace + (file.SubNamespace is null ? string.Empty : "." + file.SubNamespace) + "." + file.File + ".Support.g.cs";

    public static string Emit(string file, string modelNamespace)
    {
        using var stream = typeof(SupportTypes).Assembly.GetManifestResourceStream("CodeExecGen.Support." + file + ".cs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n").Replace(PlaceholderNamespace, modelNamespace);
    }
}

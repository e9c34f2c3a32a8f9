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
    public static readonly string[] Names = { Timestamp, Duration, ConverterNames.SubNamespace };

    /// <summary>Each helper file and the namespace it goes to, relative to the model namespace.</summary>
    public static readonly (string File, string? SubNamespace)[] Files =
    {
        (Timestamp, null),
        (Duration, null),
        ("JsonRuntime", ConverterNames.SubNamespace),
        ("ModelJson", ConverterNames.SubNamespace),
    };

    // Every support file is written in this namespace; emission moves it to the consumer's.
    private const string PlaceholderNamespace = "CodeExecGen.Generated";

    public static string HintName(string modelNamespace, (string File, string? SubNamespace) file)
        => modelNamespace + (file.SubNamespace is null ? string.Empty : "." + file.SubNamespace) + "." + file.File + ".g.cs";

    public static string Emit(string file, string modelNamespace)
    {
        using var stream = typeof(SupportTypes).Assembly.GetManifestResourceStream("CodeExecGen.Support." + file + ".cs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n").Replace(PlaceholderNamespace, modelNamespace);
    }
}

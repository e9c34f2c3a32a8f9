using System.IO;
using System.Reflection;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// Hand-written helper types (Emit/Support/*.cs, embedded in this assembly) emitted once per
/// generated namespace, so that two projects using the generator never define the same public type.
/// </summary>
internal static class SupportTypes
{
    public const string Timestamp = "GoogleTimestamp";
    public const string Duration = "GoogleDuration";

    /// <summary>Names the schema's own types must not take.</summary>
    public static readonly string[] Names = { Timestamp, Duration };

    private const string PlaceholderNamespace = "namespace CodeExecGen.Generated";

    public static string Emit(string typeName, string targetNamespace)
    {
        using var stream = typeof(SupportTypes).Assembly.GetManifestResourceStream("CodeExecGen.Support." + typeName + ".cs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n").Replace(PlaceholderNamespace, "namespace " + targetNamespace);
    }
}

using System.IO;

namespace CodeExecGen.Generator.Emit;

/// <summary>Writes a hand-written helper file (Emit/Support/*.cs, embedded in this assembly) into a generated namespace.</summary>
internal static class SupportTypes
{
    // Every support file is written in this namespace; emission moves it to the consumer's.
    private const string PlaceholderNamespace = "CodeExecGen.Generated";

    // And carries this version in its [GeneratedCode]; emission writes the generator's.
    private const string PlaceholderVersion = "\"CodeExecGen.Version\"";

    public static string Emit(string file, string modelNamespace, string accessibility = "public")
    {
        var text = Read(file, modelNamespace);

        // Helper types are public; for internal generation the top-level ones (four spaces in, inside
        // the namespace block) become internal with the rest.
        return accessibility == "public" ? text : TopLevelPublic.Replace(text, "    " + accessibility + " ");
    }

    private static readonly System.Text.RegularExpressions.Regex TopLevelPublic = new("^    public (?=(?:readonly |sealed |static |abstract |partial )*(?:class|struct|interface|enum|delegate|record) )", System.Text.RegularExpressions.RegexOptions.Multiline);

    private static string Read(string file, string modelNamespace)
    {
        using var stream = typeof(SupportTypes).Assembly.GetManifestResourceStream("CodeExecGen.Support." + file + ".cs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n").Replace(PlaceholderNamespace, modelNamespace).Replace(PlaceholderVersion, "\"" + GeneratedFile.Version + "\"");
    }
}

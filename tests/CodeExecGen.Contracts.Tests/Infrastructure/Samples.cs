using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CodeExecGen.Contracts.Tests.Infrastructure;

/// <summary>The recorded samples copied into Samples/ (see Samples/SOURCES.md).</summary>
internal static class Samples
{
    public static string Directory(string kind) => Path.Combine(AppContext.BaseDirectory, "Samples", kind);

    public static string Read(string kind, string file) => File.ReadAllText(Path.Combine(Directory(kind), file));

    public static IEnumerable<string> Files(string kind, string extension)
        => System.IO.Directory.GetFiles(Directory(kind), "*" + extension)
            .Select(Path.GetFileName)
            .OfType<string>()
            .OrderBy(n => n, StringComparer.Ordinal);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit;

namespace CodeExecGen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated files with the reviewed copies under Snapshots/. Set
/// CODEEXECGEN_UPDATE_SNAPSHOTS=1 to rewrite them on purpose (refused when CI is set to anything but empty or false), then review the git diff.
/// </summary>
internal static class Snapshot
{
    private static bool Updating
        => UpdateAllowed(Environment.GetEnvironmentVariable("CODEEXECGEN_UPDATE_SNAPSHOTS"), Environment.GetEnvironmentVariable("CI"));

    /// <summary>Refused on any CI: CI set to anything but empty or "false" (CI=1, CI=yes, CI=True all count).</summary>
    public static bool UpdateAllowed(string? update, string? ci)
        => update == "1" && (string.IsNullOrEmpty(ci) || string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase));

    public static void Match(string folder, IReadOnlyDictionary<string, string> files, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots", folder);
        if (Updating)
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(directory, name), text);
            }

            return;
        }

        Assert.True(Directory.Exists(directory), $"No snapshots in {directory}; run the tests with CODEEXECGEN_UPDATE_SNAPSHOTS=1 and review them.");
        var expectedNames = Directory.GetFiles(directory).Select(Path.GetFileName).OfType<string>().OrderBy(n => n, StringComparer.Ordinal).ToList();
        var report = new StringBuilder();
        foreach (var missing in expectedNames.Except(files.Keys, StringComparer.Ordinal))
        {
            report.AppendLine($"- {missing}: expected, not generated");
        }

        foreach (var extra in files.Keys.Except(expectedNames, StringComparer.Ordinal))
        {
            report.AppendLine($"+ {extra}: generated, no snapshot");
        }

        foreach (var name in expectedNames.Intersect(files.Keys, StringComparer.Ordinal))
        {
            var expected = File.ReadAllText(Path.Combine(directory, name)).Replace("\r\n", "\n");
            if (expected != files[name])
            {
                report.AppendLine($"~ {name}:");
                report.AppendLine(Diff(expected, files[name]));
            }
        }

        Assert.True(report.Length == 0, $"Generated code differs from Snapshots/{folder}:\n{report}");
    }

    public static void Match(string folder, string name, string text, [CallerFilePath] string callerPath = "")
        => Match(folder, new Dictionary<string, string> { [name] = text }, callerPath);

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = new StringBuilder();
        var shown = 0;
        foreach (var line in diff.Lines.Where(l => l.Type != ChangeType.Unchanged))
        {
            if (++shown > 40)
            {
                lines.AppendLine("  ...");
                break;
            }

            lines.AppendLine((line.Type == ChangeType.Inserted ? "  + " : "  - ") + line.Text);
        }

        return lines.ToString();
    }
}

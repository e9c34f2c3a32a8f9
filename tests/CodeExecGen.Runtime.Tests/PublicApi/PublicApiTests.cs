using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace CodeExecGen.Runtime.Tests.PublicApi;

/// <summary>
/// The runtime's public surface is what PublicApi.txt says, a file reviewed as an API. To accept a change on
/// purpose, run the tests with CODEEXECGEN_UPDATE_SNAPSHOTS=1 (refused when CI is set to anything but empty
/// or false) and review the git diff of PublicApi.txt.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_surface_is_the_reviewed_one()
    {
        var actual = PublicSurface.Describe(typeof(GoogleBytes).Assembly);
        var path = Path.Combine(ProjectDirectory(), "PublicApi.txt");
        if (UpdateAllowed(Environment.GetEnvironmentVariable("CODEEXECGEN_UPDATE_SNAPSHOTS"), Environment.GetEnvironmentVariable("CI")))
        {
            File.WriteAllText(path, string.Join("\n", actual) + "\n");
            return;
        }

        Assert.True(File.Exists(path), $"No {path}; run the tests with CODEEXECGEN_UPDATE_SNAPSHOTS=1 and review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var report = new StringBuilder();
        foreach (var removed in expected.Except(actual, StringComparer.Ordinal))
        {
            report.AppendLine("- " + removed);
        }

        foreach (var added in actual.Except(expected, StringComparer.Ordinal))
        {
            report.AppendLine("+ " + added);
        }

        Assert.True(report.Length == 0, "The runtime's public surface differs from PublicApi.txt (- reviewed, + now):\n" + report
            + "If the change is meant, run with CODEEXECGEN_UPDATE_SNAPSHOTS=1 and review the diff as an API change.");
        Assert.Equal(expected, actual); // the same lines, so only the order can differ
    }

    [Fact]
    public void Members_of_a_hidden_type_and_hidden_members_are_marked_and_internals_are_not_listed()
    {
        var surface = PublicSurface.Describe(typeof(GoogleBytes).Assembly);

        Assert.Contains("CodeExecGen.Serialization.JsonRuntime: " + PublicSurface.HiddenMark + "public static long? ReadInt64(ref System.Text.Json.Utf8JsonReader reader)", surface);
        Assert.Contains("CodeExecGen.GoogleBytes: public int Length { get; }", surface);
        Assert.DoesNotContain(surface, line => line.Contains("FromCanonicalBase64", StringComparison.Ordinal) || line.Contains("WriteJson", StringComparison.Ordinal));
    }

    /// <summary>Refused on any CI: CI set to anything but empty or "false" (CI=1, CI=yes, CI=True all count).</summary>
    private static bool UpdateAllowed(string? update, string? ci)
        => update == "1" && (string.IsNullOrEmpty(ci) || string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase));

    private static string ProjectDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}

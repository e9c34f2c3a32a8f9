using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CodeExecGen.Generator.Tests.Docs;

/// <summary>
/// A block that quotes a file other tests compile (a snapshot of generated code): its first line is
/// <c>// Excerpt of path</c>, every other line is a line of that file in order, indentation aside, and a line
/// <c>...</c> stands for lines left out.
/// </summary>
internal static class Excerpts
{
    public static IReadOnlyList<string> Problems(MarkdownBlock block)
    {
        var path = BlockShapes.ExcerptMarker.Match(block.Code).Groups["path"].Value;
        var full = Path.Combine(MarkdownBlocks.Root, path);
        if (!File.Exists(full))
        {
            return [$"{block.Page}({block.Line}): the excerpt's file {path} does not exist"];
        }

        var file = File.ReadAllLines(full).Select(l => l.Trim()).ToArray();
        var quoted = block.Code.TrimEnd('\n').Split('\n').Skip(1).Select((text, i) => (Text: text.Trim(), Line: block.Line + 1 + i)).ToList();
        var at = 0;
        foreach (var run in Runs(quoted))
        {
            var found = Enumerable.Range(at, Math.Max(0, file.Length - run.Count - at + 1))
                .FirstOrDefault(i => run.Select((q, k) => file[i + k] == q.Text).All(same => same), -1);
            if (found < 0)
            {
                return [$"{block.Page}({run[0].Line}): these lines are not in {path} in this order, from its line {at + 1}: {run[0].Text}"];
            }

            at = found + run.Count;
        }

        return [];
    }

    /// <summary>The quoted lines between the <c>...</c> lines.</summary>
    private static IEnumerable<List<(string Text, int Line)>> Runs(List<(string Text, int Line)> quoted)
    {
        var run = new List<(string Text, int Line)>();
        foreach (var line in quoted)
        {
            if (line.Text == "...")
            {
                if (run.Count > 0)
                {
                    yield return run;
                }

                run = [];
            }
            else
            {
                run.Add(line);
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace CodeExecGen.Generator.Tests.Docs;

/// <summary>One fenced block of a Markdown page.</summary>
/// <param name="Page">The page's path from the repository root, with '/'.</param>
/// <param name="Language">The fence's tag (<c>csharp</c>, <c>xml</c>, ...), empty when it has none.</param>
/// <param name="Line">The page's line (1-based) of the block's first line of code.</param>
internal sealed record MarkdownBlock(string Page, string Language, int Line, string Code);

/// <summary>The pages whose code is tested, and their fenced blocks.</summary>
internal static class MarkdownBlocks
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", ".."));

    /// <summary>The README, the package's README, and every page under docs/.</summary>
    public static IReadOnlyList<string> Pages { get; } =
    [
        "README.md",
        "src/CodeExecGen/PACKAGE.md",
        .. Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Every fenced block of the page, in order.</summary>
    public static IReadOnlyList<MarkdownBlock> Read(string page)
    {
        var lines = File.ReadAllText(Path.Combine(Root, page)).Replace("\r\n", "\n").Split('\n');
        var blocks = new List<MarkdownBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, line => line.StartsWith("```", StringComparison.Ordinal));
            if (end < 0)
            {
                throw new InvalidDataException($"{page}({i + 1}): a fence that is never closed");
            }

            blocks.Add(new MarkdownBlock(page, lines[i][3..].Trim(), i + 2, string.Join("\n", lines[(i + 1)..end]) + "\n"));
            i = end;
        }

        return blocks;
    }

    /// <summary>The page's C# blocks, named <c>page#n</c> (1-based, counting C# blocks only).</summary>
    public static IReadOnlyList<(string Name, MarkdownBlock Block)> CSharp(string page)
        => Read(page).Where(b => b.Language == "csharp").Select((b, i) => (page + "#" + (i + 1), b)).ToList();

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeExecGen.Generator.Diagnostics;

/// <summary>An equatable stand-in for a <see cref="Location"/> inside a schema file.</summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The equatable form of a location in source (a method, a parameter).</summary>
    public static LocationInfo From(Location location)
    {
        var lines = location.GetLineSpan();
        return new LocationInfo(lines.Path ?? string.Empty, location.SourceSpan.Start, location.SourceSpan.Length, lines.StartLinePosition.Line, lines.StartLinePosition.Character, lines.EndLinePosition.Line, lines.EndLinePosition.Character);
    }

    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}

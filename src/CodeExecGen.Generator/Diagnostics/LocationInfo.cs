using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeExecGen.Generator.Diagnostics;

/// <summary>An equatable stand-in for a <see cref="Location"/> inside a schema file.</summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}

using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeExecGen.Generator.Tests.Docs;

/// <summary>How a C# block is checked, decided from its own text.</summary>
internal enum BlockShape
{
    /// <summary>Using directives, or types beside statements, and no statement: a whole file, as written.</summary>
    File,

    /// <summary>A whole file with top-level statements: a program of its own, as written.</summary>
    Program,

    /// <summary>Members (methods, properties, nested types): the body of a class, under the fragment usings.</summary>
    Members,

    /// <summary>Statements only: the body of a method of such a class.</summary>
    Statements,

    /// <summary>A first line <c>// Excerpt of path</c>: lines of a file that other tests compile, checked against it.</summary>
    Excerpt,
}

internal static class BlockShapes
{
    public static readonly Regex ExcerptMarker = new(@"\A// Excerpt of (?<path>\S+)\n", RegexOptions.CultureInvariant);

    public static BlockShape Of(string code, CSharpParseOptions options)
    {
        if (ExcerptMarker.IsMatch(code))
        {
            return BlockShape.Excerpt;
        }

        var unit = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, options).GetRoot();
        var hasStatements = unit.Members.Any(m => m is GlobalStatementSyntax);
        if (unit.Usings.Count > 0 || unit.Externs.Count > 0)
        {
            return hasStatements ? BlockShape.Program : BlockShape.File;
        }

        // A method parses as a local function at the top level, so members are tried first.
        if (!CSharpSyntaxTree.ParseText("class C\n{\n" + code + "}\n", options).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return BlockShape.Members;
        }

        // Types cannot be declared inside a method: statements with types are a program.
        return !hasStatements ? BlockShape.File : unit.Members.All(m => m is GlobalStatementSyntax) ? BlockShape.Statements : BlockShape.Program;
    }
}

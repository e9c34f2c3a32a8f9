using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.Generator.Model;

/// <summary>Identifiers derived from generated names, used by Bind (to check they are free) and the emitters.</summary>
internal static class Identifiers
{
    /// <summary>A parameter name from a property or type name: camelCase, with '@' before a C# keyword (<c>Default</c> → <c>@default</c>).</summary>
    public static string ToParameterName(string name)
    {
        var camel = char.ToLowerInvariant(name[0]) + name.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None ? "@" + camel : camel;
    }
}

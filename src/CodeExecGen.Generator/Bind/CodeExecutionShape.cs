using System.Collections.Generic;
using CodeExecGen.Generator.Model;
using System.Linq;

namespace CodeExecGen.Generator.Bind;

/// <summary>
/// Whether the schema has the types the code-execution helpers are written against (Gemini's
/// GenerateContentResponse, Candidate, Content, Part, ExecutableCode, CodeExecutionResult, Blob) with
/// the expected C# names and types; only then are the helpers emitted.
/// </summary>
internal static class CodeExecutionShape
{
    private static readonly (string Type, string Property, TypeRef PropertyType)[] Required =
    {
        ("GenerateContentResponse", "Candidates", TypeRef.ArrayOf(TypeRef.Named(TypeRefKind.Object, "Candidate"))),
        ("Candidate", "Content", TypeRef.Named(TypeRefKind.Object, "Content")),
        ("Candidate", "Index", TypeRef.Of(TypeRefKind.Int32)),
        ("Content", "Parts", TypeRef.ArrayOf(TypeRef.Named(TypeRefKind.Object, "Part"))),
        ("Part", "Text", TypeRef.Of(TypeRefKind.String)),
        ("Part", "Thought", TypeRef.Of(TypeRefKind.Boolean)),
        ("Part", "ThoughtSignature", TypeRef.Of(TypeRefKind.Bytes)),
        ("Part", "InlineData", TypeRef.Named(TypeRefKind.Object, "Blob")),
        ("Part", "ExecutableCode", TypeRef.Named(TypeRefKind.Object, "ExecutableCode")),
        ("Part", "CodeExecutionResult", TypeRef.Named(TypeRefKind.Object, "CodeExecutionResult")),
        ("ExecutableCode", "Id", TypeRef.Of(TypeRefKind.String)),
        ("CodeExecutionResult", "Id", TypeRef.Of(TypeRefKind.String)),
        ("CodeExecutionResult", "Output", TypeRef.Of(TypeRefKind.String)),
        ("CodeExecutionResult", "Outcome", TypeRef.Named(TypeRefKind.Enum, "CodeExecutionResultOutcome")),
    };

    /// <summary>The types GenerateContentAccumulator merges chunk into chunk, and copies: they get a MergeLatest method.</summary>
    public static readonly string[] MergedTypes = { "GenerateContentResponse", "Candidate", "Part" };

    public static bool IsPresent(IReadOnlyList<TypeSpec> types)
    {
        var objects = types.OfType<ObjectTypeSpec>().ToDictionary(t => t.Name, System.StringComparer.Ordinal);
        return Required.All(r => objects.TryGetValue(r.Type, out var type) && type.Properties.Any(p => p.Name == r.Property && p.Type == r.PropertyType))
            && types.OfType<EnumTypeSpec>().Any(e => e.Name == "CodeExecutionResultOutcome" && e.Members.Any(m => m.Name == "Ok"));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Bind;

/// <summary>
/// Which hand-written helpers a schema can carry, decided once on its bound types: each helper is
/// written against Gemini's types and is emitted only when they are all there, with the expected
/// C# names and types.
/// </summary>
internal static class Capabilities
{
    /// <summary>What the code-execution steps and the accumulator read: the response down to its parts.</summary>
    private static readonly (string Type, string Property, TypeRef PropertyType)[] CodeExecutionShape =
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

    /// <summary>
    /// What the file helpers read: <c>Part.FromFile</c> (a file's uri and type as a <c>fileData</c> part) and
    /// <c>WaitUntilActiveAsync</c> (its state, and the error it failed with).
    /// </summary>
    private static readonly (string Type, string Property, TypeRef PropertyType)[] FileShape =
    {
        ("File", "Name", TypeRef.Of(TypeRefKind.String)),
        ("File", "Uri", TypeRef.Of(TypeRefKind.String)),
        ("File", "MimeType", TypeRef.Of(TypeRefKind.String)),
        ("File", "State", TypeRef.Named(TypeRefKind.Enum, "FileState")),
        ("File", "Error", TypeRef.Named(TypeRefKind.Object, "Status")),
        ("Status", "Code", TypeRef.Of(TypeRefKind.Int32)),
        ("Status", "Message", TypeRef.Of(TypeRefKind.String)),
        ("Part", "FileData", TypeRef.Named(TypeRefKind.Object, "FileData")),
        ("FileData", "FileUri", TypeRef.Of(TypeRefKind.String)),
        ("FileData", "MimeType", TypeRef.Of(TypeRefKind.String)),
    };

    /// <summary>What the <c>IHostedFileClient</c> adds to the file shape: a file's details and a page of files.</summary>
    private static readonly (string Type, string Property, TypeRef PropertyType)[] HostedFileShape =
    {
        ("File", "DisplayName", TypeRef.Of(TypeRefKind.String)),
        ("File", "SizeBytes", TypeRef.Of(TypeRefKind.Int64)),
        ("File", "CreateTime", TypeRef.Of(TypeRefKind.Timestamp)),
        ("ListFilesResponse", "Files", TypeRef.ArrayOf(TypeRef.Named(TypeRefKind.Object, "File"))),
        ("ListFilesResponse", "NextPageToken", TypeRef.Of(TypeRefKind.String)),
    };

    /// <summary>The states <c>WaitUntilActiveAsync</c> tells apart.</summary>
    private static readonly string[] FileStates = { "Processing", "Active", "Failed" };

    /// <summary>What saving a blob (a chart the code drew) reads: its bytes and its type.</summary>
    private static readonly (string Type, string Property, TypeRef PropertyType)[] BlobShape =
    {
        ("Blob", "Data", TypeRef.Of(TypeRefKind.Bytes)),
        ("Blob", "MimeType", TypeRef.Of(TypeRefKind.String)),
    };

    /// <summary>
    /// What the Live session reads and writes: the setup's model, the client message's members, the server
    /// message's kinds down to a turn's parts, tool calls and their answers, and the resumption handle.
    /// </summary>
    private static readonly (string Type, string Property, TypeRef PropertyType)[] LiveShape =
    {
        ("BidiGenerateContentSetup", "Model", TypeRef.Of(TypeRefKind.String)),
        ("BidiGenerateContentClientMessage", "Setup", TypeRef.Named(TypeRefKind.Object, "BidiGenerateContentSetup")),
        ("BidiGenerateContentClientMessage", "ClientContent", TypeRef.Named(TypeRefKind.Object, "BidiGenerateContentClientContent")),
        ("BidiGenerateContentClientMessage", "RealtimeInput", TypeRef.Named(TypeRefKind.Object, "BidiGenerateContentRealtimeInput")),
        ("BidiGenerateContentClientMessage", "ToolResponse", TypeRef.Named(TypeRefKind.Object, "BidiGenerateContentToolResponse")),
        ("BidiGenerateContentServerMessage", "SetupComplete", TypeRef.Named(TypeRefKind.Object, "BidiGenerateContentSetupComplete")),
        ("BidiGenerateContentServerMessage", "ServerContent", TypeRef.Named(TypeRefKind.Object, "BidiGenerateContentServerContent")),
        ("BidiGenerateContentServerMessage", "ToolCall", TypeRef.Named(TypeRefKind.Object, "BidiGenerateContentToolCall")),
        ("BidiGenerateContentServerMessage", "GoAway", TypeRef.Named(TypeRefKind.Object, "GoAway")),
        ("BidiGenerateContentServerMessage", "SessionResumptionUpdate", TypeRef.Named(TypeRefKind.Object, "SessionResumptionUpdate")),
        ("BidiGenerateContentServerContent", "ModelTurn", TypeRef.Named(TypeRefKind.Object, "Content")),
        ("BidiGenerateContentServerContent", "TurnComplete", TypeRef.Of(TypeRefKind.Boolean)),
        ("BidiGenerateContentServerContent", "Interrupted", TypeRef.Of(TypeRefKind.Boolean)),
        ("BidiGenerateContentToolCall", "FunctionCalls", TypeRef.ArrayOf(TypeRef.Named(TypeRefKind.Object, "FunctionCall"))),
        ("BidiGenerateContentToolResponse", "FunctionResponses", TypeRef.ArrayOf(TypeRef.Named(TypeRefKind.Object, "FunctionResponse"))),
        ("SessionResumptionUpdate", "NewHandle", TypeRef.Of(TypeRefKind.String)),
        ("SessionResumptionUpdate", "Resumable", TypeRef.Of(TypeRefKind.Boolean)),
        ("Part", "FunctionCall", TypeRef.Named(TypeRefKind.Object, "FunctionCall")),
        ("Part", "FunctionResponse", TypeRef.Named(TypeRefKind.Object, "FunctionResponse")),
        ("Content", "Role", TypeRef.Of(TypeRefKind.String)),
    };

    /// <summary>The schemas (by id) the IChatClient maps, on top of the code-execution shape.</summary>
    private static readonly string[] ChatSchemas =
    {
        "GenerateContentRequest", "GenerateContentResponse", "Candidate", "Content", "Part", "Blob", "FileData", "FunctionCall", "FunctionResponse",
        "ExecutableCode", "CodeExecutionResult", "UsageMetadata", "GenerationConfig", "Tool", "FunctionDeclaration", "ToolConfig", "FunctionCallingConfig",
    };

    /// <summary>The types function tools write.</summary>
    private static readonly string[] FunctionToolTypes = { "FunctionCall", "FunctionResponse", "FunctionDeclaration", "Part", "Tool", "GenerateContentResponse" };

    /// <summary>The types GenerateContentAccumulator merges chunk into chunk, and copies: they get a MergeLatest method.</summary>
    public static readonly string[] MergedTypes = { "GenerateContentResponse", "Candidate", "Part" };

    public static SchemaCapabilities Of(IReadOnlyList<TypeSpec> types)
    {
        var objects = types.OfType<ObjectTypeSpec>().ToDictionary(t => t.Name, StringComparer.Ordinal);
        var enums = types.OfType<EnumTypeSpec>().ToDictionary(t => t.Name, StringComparer.Ordinal);
        var codeExecution = Has(objects, CodeExecutionShape) && HasMembers(enums, "CodeExecutionResultOutcome", "Ok");
        var files = Has(objects, FileShape) && HasMembers(enums, "FileState", FileStates);
        return new SchemaCapabilities(
            codeExecution,
            Chat: codeExecution && ChatSchemas.All(id => objects.Values.Any(t => t.WireId == id)),
            FunctionTools: FunctionToolTypes.All(objects.ContainsKey),
            Files: files,
            HostedFiles: files && Has(objects, HostedFileShape),
            BlobSaving: Has(objects, BlobShape),
            Live: codeExecution && Has(objects, LiveShape));
    }

    private static bool Has(Dictionary<string, ObjectTypeSpec> objects, (string Type, string Property, TypeRef PropertyType)[] shape)
        => shape.All(r => objects.TryGetValue(r.Type, out var type) && type.Properties.Any(p => p.Name == r.Property && p.Type == r.PropertyType));

    private static bool HasMembers(Dictionary<string, EnumTypeSpec> enums, string name, params string[] members)
        => enums.TryGetValue(name, out var type) && members.All(member => type.Members.Any(m => m.Name == member));
}

using System;
using System.Collections.Generic;
using System.Text.Json;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>Part.data as a union: Kind, the visitor, Match and the factories, for every member.</summary>
public class UnionTests
{
    public static TheoryData<string, PartKind, string> Members => new()
    {
        { "text", PartKind.Text, "\"hello\"" },
        { "inlineData", PartKind.InlineData, "{\"mimeType\": \"image/png\", \"data\": \"iVBORw==\"}" },
        { "functionCall", PartKind.FunctionCall, "{\"name\": \"f\", \"args\": {\"x\": 1}}" },
        { "functionResponse", PartKind.FunctionResponse, "{\"name\": \"f\", \"response\": {\"y\": 2}}" },
        { "fileData", PartKind.FileData, "{\"fileUri\": \"gs://b/o\", \"mimeType\": \"text/plain\"}" },
        { "executableCode", PartKind.ExecutableCode, "{\"language\": \"PYTHON\", \"code\": \"print(1)\"}" },
        { "codeExecutionResult", PartKind.CodeExecutionResult, "{\"outcome\": \"OUTCOME_OK\", \"output\": \"1\\n\"}" },
        { "toolCall", PartKind.ToolCall, "{\"id\": \"t1\", \"toolType\": \"GOOGLE_SEARCH_WEB\", \"args\": {\"q\": \"x\"}}" },
        { "toolResponse", PartKind.ToolResponse, "{\"id\": \"t1\", \"toolType\": \"GOOGLE_SEARCH_WEB\", \"response\": {\"r\": []}}" },
    };

    [Theory]
    [MemberData(nameof(Members))]
    public void Every_member_has_its_kind_visit_and_factory(string jsonName, PartKind kind, string value)
    {
        var json = "{\"" + jsonName + "\": " + value + ", \"thought\": false}";
        var part = JsonSerializer.Deserialize<Part>(json)!;
        Assert.Equal(kind, part.Kind);
        Assert.Equal(kind.ToString(), part.Accept(new NamingVisitor()));

        // The factory builds the same part (minus the non-union field).
        var rebuilt = Factory(kind, part);
        Assert.Equal(kind, rebuilt.Kind);
        JsonAssert.Equal("{\"" + jsonName + "\": " + value + "}", JsonSerializer.Serialize(rebuilt));
    }

    [Fact]
    public void No_member_is_None_and_only_unknown_data_is_Unknown()
    {
        var empty = JsonSerializer.Deserialize<Part>("{\"thought\": true, \"thoughtSignature\": \"AQ==\"}")!;
        Assert.Equal(PartKind.None, empty.Kind);
        Assert.Equal("None", empty.Accept(new NamingVisitor()));

        const string future = "{\"hologram\": {\"frames\": 3}, \"thoughtSignature\": \"AQ==\"}";
        var unknown = JsonSerializer.Deserialize<Part>(future)!;
        Assert.Equal(PartKind.Unknown, unknown.Kind);
        Assert.Equal("Unknown", unknown.Accept(new NamingVisitor()));
        Assert.Equal(3, unknown.ExtensionData!["hologram"].GetProperty("frames").GetInt32());
        JsonAssert.Equal(future, JsonSerializer.Serialize(unknown));

        // A raw value kept for a known property (the docs' "..." signature, read leniently) is not an unknown member.
        var kept = Gemini.Serialization.ModelJson.DeserializeLenient<Part>("{\"thought_signature\": \"...\"}")!;
        Assert.True(kept.ExtensionData!.ContainsKey("thoughtSignature"));
        Assert.Equal(PartKind.None, kept.Kind);
    }

    [Fact]
    public void Setting_a_member_clears_the_others_and_clearing_it_leaves_None()
    {
        var part = Part.FromText("hi");
        part.ExecutableCode = new ExecutableCode { Code = "x" };
        Assert.Equal(PartKind.ExecutableCode, part.Kind);
        Assert.Null(part.Text);

        part.Text = null; // clearing a member that is not set changes nothing
        Assert.Equal(PartKind.ExecutableCode, part.Kind);

        part.ExecutableCode = null;
        Assert.Equal(PartKind.None, part.Kind);
        Assert.Equal("{}", JsonSerializer.Serialize(part));
    }

    [Fact]
    public void Reading_two_members_is_an_error_as_for_Googles_parsers()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Content>("{\"parts\": [{\"text\": \"a\", \"executableCode\": {\"code\": \"x\"}}]}"));
        Assert.Contains("'text' and 'executableCode' are both set", exception.Message);
        Assert.Contains("$.parts[0]", exception.Message);

        // A null second member is not a second member.
        Assert.Equal(PartKind.Text, JsonSerializer.Deserialize<Part>("{\"text\": \"a\", \"executableCode\": null}")!.Kind);
    }

    [Fact]
    public void The_visitor_base_sends_unhandled_members_to_its_default()
    {
        var visitor = new CodeOnlyVisitor();
        Assert.Equal("code: print(1)", Part.FromExecutableCode(new ExecutableCode { Code = "print(1)" }).Accept(visitor));
        Assert.Equal("other", Part.FromText("t").Accept(visitor));
        Assert.Equal("other", new Part().Accept(visitor));
    }

    [Fact]
    public void Factories_reject_null()
        => Assert.Throws<ArgumentNullException>(() => Part.FromText(null!));

    [Fact]
    public void FunctionResponsePart_has_its_own_union()
    {
        var part = JsonSerializer.Deserialize<FunctionResponsePart>("{\"inlineData\": {\"mimeType\": \"image/png\", \"data\": \"AQ==\"}}")!;
        Assert.Equal(FunctionResponsePartKind.InlineData, part.Kind);
        Assert.Equal(FunctionResponsePartKind.None, new FunctionResponsePart().Kind);
    }

    private static Part Factory(PartKind kind, Part part) => kind switch
    {
        PartKind.Text => Part.FromText(part.Text!),
        PartKind.InlineData => Part.FromInlineData(part.InlineData!),
        PartKind.FunctionCall => Part.FromFunctionCall(part.FunctionCall!),
        PartKind.FunctionResponse => Part.FromFunctionResponse(part.FunctionResponse!),
        PartKind.FileData => Part.FromFileData(part.FileData!),
        PartKind.ExecutableCode => Part.FromExecutableCode(part.ExecutableCode!),
        PartKind.CodeExecutionResult => Part.FromCodeExecutionResult(part.CodeExecutionResult!),
        PartKind.ToolCall => Part.FromToolCall(part.ToolCall!),
        PartKind.ToolResponse => Part.FromToolResponse(part.ToolResponse!),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Implements the interface: the compiler makes it handle every member.</summary>
    private sealed class NamingVisitor : IPartVisitor<string>
    {
        public string VisitText(string text, Part part) => "Text";
        public string VisitInlineData(Blob inlineData, Part part) => "InlineData";
        public string VisitFunctionCall(FunctionCall functionCall, Part part) => "FunctionCall";
        public string VisitFunctionResponse(FunctionResponse functionResponse, Part part) => "FunctionResponse";
        public string VisitFileData(FileData fileData, Part part) => "FileData";
        public string VisitExecutableCode(ExecutableCode executableCode, Part part) => "ExecutableCode";
        public string VisitCodeExecutionResult(CodeExecutionResult codeExecutionResult, Part part) => "CodeExecutionResult";
        public string VisitToolCall(ToolCall toolCall, Part part) => "ToolCall";
        public string VisitToolResponse(ToolResponse toolResponse, Part part) => "ToolResponse";
        public string VisitNone(Part part) => "None";
        public string VisitUnknown(Part part) => "Unknown";
    }

    private sealed class CodeOnlyVisitor : PartVisitor<string>
    {
        public override string VisitExecutableCode(ExecutableCode executableCode, Part part) => "code: " + executableCode.Code;

        protected override string DefaultVisit(Part part) => "other";
    }
}

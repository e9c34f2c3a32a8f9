using System.Linq;
using CodeExecGen.Generator.Bind;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;
using CodeExecGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>The Live API messages the generator ships, merged into the Gemini document when it is bound.</summary>
public class LiveSchemaTests
{
    [Fact]
    public void The_Live_messages_join_the_Gemini_types_and_reuse_the_REST_ones()
    {
        var result = Binder.ReadAndBind(GeneratorRunner.GeminiSchemaPath, GeneratorRunner.GeminiSchemaText, null);
        var types = result.Model!.Types.OfType<ObjectTypeSpec>().ToDictionary(t => t.Name);

        var server = types["BidiGenerateContentServerMessage"];
        Assert.Equal(TypeRef.Named(TypeRefKind.Object, "UsageMetadata"), server.Properties.Single(p => p.Name == "UsageMetadata").Type);
        Assert.Equal(TypeRef.Named(TypeRefKind.Object, "BidiGenerateContentSetup"), types["BidiGenerateContentClientMessage"].Properties.Single(p => p.Name == "Setup").Type);
        Assert.Equal(TypeRef.Of(TypeRefKind.Duration), types["GoAway"].Properties.Single().Type);
        Assert.Single(result.Model.Types, t => t.Name == "BidiGenerateContentSetup");
        Assert.True(result.Model.Capabilities.Live);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.LiveSchemaClash || d.Location?.FilePath == LiveSchema.Path);
    }

    [Fact]
    public void A_document_that_already_defines_a_Live_message_keeps_its_own_and_gets_a_warning_in_the_Live_document()
    {
        var text = GeneratorRunner.GeminiSchemaText.Replace("\"schemas\": {", "\"schemas\": {\n    \"GoAway\": {\"id\": \"GoAway\", \"type\": \"object\", \"properties\": {\"mine\": {\"type\": \"string\"}}},", System.StringComparison.Ordinal);
        Assert.NotEqual(GeneratorRunner.GeminiSchemaText, text);

        var result = Binder.ReadAndBind(GeneratorRunner.GeminiSchemaPath, text, null);

        var clash = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.LiveSchemaClash);
        Assert.Equal(LiveSchema.Path, clash.Location!.FilePath);
        Assert.Equal("GoAway", Assert.Single(clash.Arguments));
        var goAway = result.Model!.Types.OfType<ObjectTypeSpec>().Single(t => t.Name == "GoAway");
        Assert.Equal("Mine", Assert.Single(goAway.Properties).Name);
    }

    [Fact]
    public void Another_document_gets_no_Live_messages()
    {
        var result = Binder.ReadAndBind("other.json", """{"name": "other", "schemas": {"A": {"id": "A", "type": "object", "properties": {}}}}""", "T");

        Assert.DoesNotContain(result.Model!.Types, t => t.Name.StartsWith("BidiGenerateContent", System.StringComparison.Ordinal));
        Assert.False(result.Model.Capabilities.Live);
    }
}

using System.Linq;
using CodeExecGen.Generator.Bind;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;
using CodeExecGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>What the real Gemini Discovery document becomes.</summary>
public class GeminiSchemaTests
{
    private static readonly SchemaModel Model = Binder.ReadAndBind(GeneratorRunner.GeminiSchemaPath, GeneratorRunner.GeminiSchemaText, null).Model!;

    private static ObjectTypeSpec Type(string name) => Model.Types.OfType<ObjectTypeSpec>().Single(t => t.Name == name);

    private static EnumTypeSpec Enum(string name) => Model.Types.OfType<EnumTypeSpec>().Single(t => t.Name == name);

    [Fact]
    public void Every_schema_becomes_a_class_and_the_default_namespace_comes_from_the_document()
    {
        Assert.Equal("GenerativeLanguage.V1beta", Model.Namespace);
        // The document's 207 and the 14 Live API messages the generator ships (schema/generativelanguage.v1beta.live.json).
        Assert.Equal(207 + 14, Model.Types.OfType<ObjectTypeSpec>().Count());
        Assert.Contains(Model.Types, t => t.Name == "Part");
        Assert.Contains(Model.Types, t => t.Name == "GenerateContentResponse");
    }

    [Fact]
    public void Properties_are_PascalCase_with_their_wire_names_kept()
    {
        var result = Type("CodeExecutionResult");
        Assert.Equal(["Id:id", "Output:output", "Outcome:outcome"], result.Properties.Select(p => p.Name + ":" + p.JsonName));
        var part = Type("Part");
        Assert.Contains(part.Properties, p => p.Name == "InlineData" && p.Type == TypeRef.Named(TypeRefKind.Object, "Blob"));
        Assert.Contains(part.Properties, p => p.Name == "ThoughtSignature" && p.Type.Kind == TypeRefKind.Bytes);
        Assert.Contains(Type("Content").Properties, p => p.Name == "Parts" && p.Type == TypeRef.ArrayOf(TypeRef.Named(TypeRefKind.Object, "Part")));
    }

    [Fact]
    public void Inline_enums_are_named_schema_plus_property_and_lose_their_shared_prefix()
    {
        var outcome = Enum("CodeExecutionResultOutcome");
        Assert.Equal(
            ["Unspecified:OUTCOME_UNSPECIFIED", "Ok:OUTCOME_OK", "Failed:OUTCOME_FAILED", "DeadlineExceeded:OUTCOME_DEADLINE_EXCEEDED"],
            outcome.Members.Select(m => m.Name + ":" + m.WireValue));
        Assert.Contains(Enum("ExecutableCodeLanguage").Members, m => m.Name == "Python" && m.WireValue == "PYTHON");
        var finish = Enum("CandidateFinishReason");
        Assert.Contains(finish.Members, m => m.Name == "FinishReasonUnspecified");
        Assert.Contains(finish.Members, m => m.Name == "MaxTokens");
        Assert.StartsWith("Code execution completed successfully.", outcome.Members[1].Description);
    }

    [Fact]
    public void Enum_arrays_and_deprecated_values_are_kept()
    {
        var modalities = Type("GenerationConfig").Properties.Single(p => p.JsonName == "responseModalities");
        Assert.Equal(TypeRef.ArrayOf(TypeRef.Named(TypeRefKind.Enum, "GenerationConfigResponseModalities")), modalities.Type);
        Assert.Contains(Enum("SafetySettingCategory").Members, m => m.Deprecated);
        Assert.Contains(Type("EmbedContentRequest").Properties, p => p.JsonName == "title" && p.Deprecated);
    }

    [Fact]
    public void Name_collisions_in_the_real_document_are_resolved_the_documented_way()
    {
        var config = Type("GenerationConfig").Properties;
        Assert.Equal("ResponseJsonSchema", config.Single(p => p.JsonName == "responseJsonSchema").Name);
        Assert.Equal("ResponseJsonSchema2", config.Single(p => p.JsonName == "_responseJsonSchema").Name);
        Assert.Equal("InlinedResponsesValue", Type("InlinedResponses").Properties.Single(p => p.JsonName == "inlinedResponses").Name);
        var schema = Type("Schema").Properties;
        Assert.Equal("Default", schema.Single(p => p.JsonName == "default").Name);
        Assert.Equal("Enum", schema.Single(p => p.JsonName == "enum").Name);
    }

    [Fact]
    public void Maps_recursion_and_the_dangling_reference_are_typed()
    {
        var schema = Type("Schema").Properties;
        Assert.Equal(TypeRef.MapOf(TypeRef.Named(TypeRefKind.Object, "Schema")), schema.Single(p => p.JsonName == "properties").Type);
        Assert.Equal(TypeRef.Named(TypeRefKind.Object, "Schema"), schema.Single(p => p.JsonName == "items").Type);
        Assert.Equal(TypeRef.MapOf(TypeRef.Of(TypeRefKind.Any)), Type("FunctionCall").Properties.Single(p => p.JsonName == "args").Type);
        Assert.Equal(TypeRef.Of(TypeRefKind.Any), Type("Part").Properties.Single(p => p.JsonName == "mediaResolution").Type);
    }

    [Fact]
    public void The_real_document_yields_only_informational_diagnostics()
    {
        var diagnostics = Binder.ReadAndBind(GeneratorRunner.GeminiSchemaPath, GeneratorRunner.GeminiSchemaText, null).Diagnostics;
        Assert.Equal(
            ["CEG0003: Part.mediaResolution, MediaResolution", "CEG0004: Property, _responseJsonSchema, ResponseJsonSchema, ResponseJsonSchema2", "CEG0004: Property, inlinedResponses, InlinedResponses, InlinedResponsesValue"],
            diagnostics.Select(d => d.Id + ": " + string.Join(", ", d.Arguments)).OrderBy(s => s, System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_generated_sources_match_the_reviewed_snapshots()
    {
        var result = GeneratorRunner.Run(GeneratorRunner.Gemini(ns: null));
        Snapshot.Match("Gemini", GeneratorRunner.Sources(result));
    }
}

using CodeExecGen.Generator.Emit;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Model;
using Xunit;

namespace CodeExecGen.Generator.Tests.Pieces;

/// <summary>The emitters on specs built by hand: they write what the spec says and decide no name of their own.</summary>
public class EmitterTests
{
    private static readonly GuardSpec OkGuard = new("State", "JobState", new EquatableArray<string>(["Done"]));

    private static ObjectTypeSpec Job(UnionSpec? union = null, bool factories = false) => new(
        "My.Api",
        "Job",
        "job",
        "A job. </summary> <b>not markup</b>",
        new EquatableArray<PropertySpec>([
            new PropertySpec("State", "state", TypeRef.Named(TypeRefKind.Enum, "JobState"), null, false, false),
            new PropertySpec("Log", "log", TypeRef.Of(TypeRefKind.String), "What it printed.", false, true, OkGuard),
            new PropertySpec("Count", "count_total", TypeRef.Of(TypeRefKind.Int64), null, true, false),
        ]),
        union,
        factories);

    [Fact]
    public void The_model_has_the_spec_names_docs_escaped_and_guard_members()
    {
        var text = ModelEmitter.Emit(Job());
        Assert.Contains("public sealed partial class Job", text);
        Assert.Contains("[global::System.Text.Json.Serialization.JsonConverter(typeof(global::My.Api.Serialization.JobConverter))]", text);
        Assert.Contains("/// A job. &lt;/summary&gt; &lt;b&gt;not markup&lt;/b&gt;", text);
        Assert.Contains("[global::CodeExecGen.GuardedBy(nameof(State), global::My.Api.JobState.Done)]", text);
        Assert.Contains("public bool IsDone => State is global::My.Api.JobState.Done;", text);
        Assert.Contains("public bool TryGetLog(out string log)", text);
        Assert.Contains("[global::System.Obsolete(\"The schema marks 'count_total' as deprecated.\")]", text);
        Assert.Contains("public long? Count { get; set; }", text);
        Assert.Contains("public global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? ExtensionData { get; set; }", text);
        Assert.DoesNotContain("JsonIgnore", text);
        Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"CodeExecGen\", \"" + GeneratedFile.Version + "\")]", text);
    }

    [Fact]
    public void Factories_are_named_by_the_spec()
    {
        var text = ModelEmitter.Emit(Job(factories: true));
        Assert.Contains("public static global::My.Api.Job ForLog(string log) => new global::My.Api.Job { Log = log };", text);
    }

    [Fact]
    public void The_converter_names_each_json_name_field_after_its_property()
    {
        var text = ConverterEmitter.Emit(Job());
        Assert.Contains("public sealed class JobConverter : global::System.Text.Json.Serialization.JsonConverter<global::My.Api.Job>", text);
        Assert.Contains("private static readonly global::System.Text.Json.JsonEncodedText StateName = global::CodeExecGen.Serialization.JsonRuntime.EncodeName(\"state\");", text);
        Assert.Contains("private static readonly global::System.Text.Json.JsonEncodedText CountName = global::CodeExecGen.Serialization.JsonRuntime.EncodeName(\"count_total\");", text);
        Assert.Contains("JsonNames = { \"state\", ", text);
        Assert.Contains(", \"count_total\" };", text);
        Assert.Contains("JsonRuntime.WriteInt64String(writer, p2);", text);
        Assert.Contains("if (JobStateConverter.TryReadValue(ref reader, out var v0)) value.State = v0;", text);
        Assert.DoesNotContain("Name0", text);
    }

    [Fact]
    public void A_union_has_kind_visitors_and_factories_and_no_positional_match()
    {
        var union = new UnionSpec("data", "JobKind", "IJobVisitor", "JobVisitor", new EquatableArray<string>(["Log", "Count"]));
        var text = UnionEmitter.Emit(Job(union));
        Assert.Contains("public enum JobKind", text);
        Assert.Contains("TResult VisitLog(string log, global::My.Api.Job job);", text);
        Assert.Contains("public static global::My.Api.Job FromCount(long count)", text);
        Assert.Contains("public global::My.Api.JobKind Kind => _unionKind", text);
        Assert.DoesNotContain("Match<TResult>", text);
        Assert.DoesNotContain("JsonIgnore", text);
    }

    [Fact]
    public void An_enum_keeps_its_wire_values()
    {
        var type = new EnumTypeSpec("My.Api", "JobState", null, new EquatableArray<EnumMemberSpec>([
            new EnumMemberSpec("Unspecified", "STATE_UNSPECIFIED", null, false),
            new EnumMemberSpec("Done", "STATE_DONE", "Finished.", true),
        ]));
        var text = EnumEmitter.Emit(type);
        Assert.Contains("[global::System.Runtime.Serialization.EnumMember(Value = \"STATE_DONE\")]", text);
        Assert.Contains("Done = 1,", text);
        var converter = EnumConverterEmitter.Emit(type);
        Assert.Contains("public sealed class JobStateConverter", converter);
        Assert.Contains("if (global::CodeExecGen.Serialization.JsonRuntime.Utf8Equals(utf8, \"STATE_DONE\"u8)) { value = global::My.Api.JobState.Done; return true; }", converter);
        Assert.Contains("WireNames = { \"STATE_UNSPECIFIED\", \"STATE_DONE\"", converter);
    }

    [Fact]
    public void The_header_names_the_version_and_a_document_that_cannot_break_out_of_the_comment()
    {
        var type = new EnumTypeSpec("My.Api", "E", null, EquatableArray<EnumMemberSpec>.Empty) { Source = "evil\n} class Injected {\u2028 //" };
        var lines = EnumEmitter.Emit(type).Split('\n');
        Assert.Equal("// <auto-generated/>", lines[0]);
        Assert.Equal("// Generated by CodeExecGen " + GeneratedFile.Version + " from evil } class Injected {  //.", lines[1]);
        Assert.Equal("#nullable enable", lines[2]);
    }
}

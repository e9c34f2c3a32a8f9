using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Bind;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;
using Xunit;

namespace CodeExecGen.Generator.Tests.Pieces;

/// <summary>Each naming and overlay rule of Bind, on descriptions built by hand: no JSON involved.</summary>
public class BindTests
{
    private static readonly LocationInfo Here = new("/api.json", 0, 0, 0, 0, 0, 0);

    private static WireType Str => WireType.Of(WireTypeKind.String);

    private static WireType Ref(string id) => new(WireTypeKind.Reference, id, Here);

    private static WireType Inline(SchemaDescription schema) => new(WireTypeKind.Inline, Inline: schema);

    private static SchemaDescription Object(string id, params (string Wire, WireType? Type)[] properties)
    {
        var schema = new SchemaDescription(id, SchemaKind.Object, Here, null);
        schema.Properties.AddRange(properties.Select(p => new PropertyDescription(p.Wire, Here, p.Type, null, false, false)));
        return schema;
    }

    private static SchemaDescription Enum(string id, params string[] values)
    {
        var schema = new SchemaDescription(id, SchemaKind.Enum, Here, null);
        schema.EnumValues.AddRange(values.Select(v => new EnumValueDescription(v, Here, null, false)));
        return schema;
    }

    private static (SchemaModel Model, List<DiagnosticInfo> Diagnostics) BindWith(Overlay? overlay, string? ns, params SchemaDescription[] schemas)
    {
        var document = new DocumentDescription("/api.json", "myApi", "v2", isGeminiDocument: false) { FileStart = Here };
        document.Schemas.AddRange(schemas.OrderBy(s => s.WireId, System.StringComparer.Ordinal));
        var diagnostics = new List<DiagnosticInfo>();
        return (Binder.Bind(document, ns, overlay ?? Overlay.Empty, diagnostics), diagnostics);
    }

    private static (SchemaModel Model, List<DiagnosticInfo> Diagnostics) Bind(params SchemaDescription[] schemas) => BindWith(null, "T", schemas);

    private static ObjectTypeSpec ObjectType(SchemaModel model, string name) => model.Types.OfType<ObjectTypeSpec>().Single(t => t.Name == name);

    private static string[] PropertyNames(SchemaModel model, string type) => ObjectType(model, type).Properties.Select(p => p.Name).ToArray();

    private static OverlayName Name(string value) => new(value, Here);

    [Fact]
    public void The_default_namespace_is_the_api_name_and_version_and_a_bad_one_is_CEG0006()
    {
        Assert.Equal("MyApi.V2", BindWith(null, null, Object("A")).Model.Namespace);
        var (model, diagnostics) = BindWith(null, "not a namespace", Object("A"));
        Assert.Equal("MyApi.V2", model.Namespace);
        Assert.Equal(DiagnosticIds.InvalidNamespace, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Schema_ids_claim_type_names_before_inline_types()
    {
        // "Thing" declares an inline "kind" object that would be ThingKind; the schema id ThingKind keeps the name.
        var (model, diagnostics) = Bind(Object("Thing", ("kind", Inline(Object("Thing.kind", ("x", Str))))), Object("ThingKind"));
        Assert.Contains(model.Types, t => t.Name == "ThingKind" && ((ObjectTypeSpec)t).WireId == "ThingKind");
        Assert.Contains(model.Types, t => t.Name == "ThingKind2" && ((ObjectTypeSpec)t).WireId == "Thing.kind");
        Assert.Equal("CEG0004", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Helper_type_names_are_reserved()
    {
        // The runtime's types (GoogleTimestamp) are always written qualified, so a schema may use their names.
        var (model, _) = Bind(Object("GoogleTimestamp"), Object("Serialization"));
        Assert.Equal(["GoogleTimestamp", "Serialization2"], model.Types.Select(t => t.Name).Order());
    }

    [Fact]
    public void Plain_lowerCamelCase_wire_names_claim_first()
    {
        var (model, _) = Bind(Object("Config", ("_responseSchema", Str), ("responseSchema", Str)));
        Assert.Equal(["ResponseSchema2", "ResponseSchema"], PropertyNames(model, "Config"));
    }

    [Fact]
    public void Object_members_the_type_name_and_extension_data_get_the_Value_suffix()
    {
        var (model, diagnostics) = Bind(Object("Box", ("toString", Str), ("box", Str), ("extensionData", Str)));
        Assert.Equal(["ToStringValue", "BoxValue", "ExtensionDataValue"], PropertyNames(model, "Box"));
        Assert.Equal(3, diagnostics.Count(d => d.Id == "CEG0004"));
    }

    [Fact]
    public void A_skipped_property_still_claims_its_name()
    {
        var (model, _) = Bind(Object("A", ("value", null), ("Value", Str)));
        Assert.Equal(["Value2"], PropertyNames(model, "A"));
    }

    [Fact]
    public void Inline_types_are_named_after_their_type_and_property()
    {
        var (model, _) = Bind(Object("Result", ("outcome", Inline(Enum("Result.outcome", "OUTCOME_OK", "OUTCOME_FAILED"))), ("items", new WireType(WireTypeKind.Array, Element: Inline(Object("Result.items[]", ("x", Str)))))));
        var outcome = model.Types.OfType<EnumTypeSpec>().Single();
        Assert.Equal("ResultOutcome", outcome.Name);
        Assert.Equal(["Ok", "Failed"], outcome.Members.Select(m => m.Name));
        Assert.Equal(TypeRef.ArrayOf(TypeRef.Named(TypeRefKind.Object, "ResultItems")), ObjectType(model, "Result").Properties[1].Type);
    }

    [Fact]
    public void Enum_members_that_collide_get_suffixes()
    {
        var (model, diagnostics) = Bind(Enum("Mode", "MODE_A_B", "MODE_A__B", "MODE_VALUE__"));
        Assert.Equal(["AB", "AB2", "Value"], model.Types.OfType<EnumTypeSpec>().Single().Members.Select(m => m.Name));
        Assert.Single(diagnostics, d => d.Id == "CEG0004");
    }

    [Fact]
    public void References_take_the_target_type_aliases_resolve_and_a_dangling_one_is_CEG0003()
    {
        var alias = new SchemaDescription("Names", SchemaKind.Alias, Here, null) { AliasType = new WireType(WireTypeKind.Array, Element: Str) };
        var (model, diagnostics) = Bind(Object("A", ("b", Ref("B")), ("names", Ref("Names")), ("gone", Ref("Gone"))), Object("B"), alias);
        var properties = ObjectType(model, "A").Properties;
        Assert.Equal(TypeRef.Named(TypeRefKind.Object, "B"), properties[0].Type);
        Assert.Equal(TypeRef.ArrayOf(TypeRef.Of(TypeRefKind.String)), properties[1].Type);
        Assert.Equal(TypeRef.Of(TypeRefKind.Any), properties[2].Type);
        Assert.Equal("CEG0003", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_cycle_of_aliases_is_JsonElement_and_CEG0005()
    {
        var a = new SchemaDescription("X", SchemaKind.Alias, Here, null) { AliasType = Ref("Y") };
        var b = new SchemaDescription("Y", SchemaKind.Alias, Here, null) { AliasType = Ref("X") };
        var (model, diagnostics) = Bind(Object("A", ("x", Ref("X"))), a, b);
        Assert.Equal(TypeRef.Of(TypeRefKind.Any), ObjectType(model, "A").Properties[0].Type);
        Assert.Equal("CEG0005", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_union_names_its_types_reserves_its_members_and_rejects_None()
    {
        var overlay = new Overlay();
        overlay.Unions.Add(new OverlayUnion(Name("Part"), "data", [Name("text"), Name("none")]));
        var (model, diagnostics) = BindWith(overlay, "T", Object("Part", ("text", Str), ("none", Str), ("kind", Str), ("accept", Str), ("fromText", Str)));
        var part = ObjectType(model, "Part");
        Assert.Equal(new UnionSpec("data", "PartKind", "IPartVisitor", "PartVisitor", new Helpers.EquatableArray<string>(["Text"])), part.Union);
        Assert.Equal(["Text", "None", "KindValue", "AcceptValue", "FromTextValue"], part.Properties.Select(p => p.Name));
        Assert.Contains(diagnostics, d => d.Id == "CEG0009" && d.Arguments[0].Contains("None"));
    }

    [Fact]
    public void A_guard_marks_its_property_and_a_taken_accessor_name_is_CEG0009()
    {
        var overlay = new Overlay();
        overlay.Guards.Add(new OverlayGuard(Name("Result"), Name("output"), Name("outcome"), [Name("OUTCOME_OK")]));
        var outcome = Inline(Enum("Result.outcome", "OUTCOME_OK", "OUTCOME_FAILED"));
        var (model, _) = BindWith(overlay, "T", Object("Result", ("outcome", outcome), ("output", Str)));
        var guard = ObjectType(model, "Result").Properties[1].Guard!;
        Assert.Equal(("Outcome", "ResultOutcome", "IsOk"), (guard.GuardProperty, guard.GuardEnum, guard.CheckName));
        Assert.Equal("TryGetOutput", ObjectType(model, "Result").Properties[1].TryGetName);

        var (clash, diagnostics) = BindWith(overlay, "T", Object("Result", ("outcome", outcome), ("output", Str), ("isOk", Str)));
        Assert.Null(ObjectType(clash, "Result").Properties[1].Guard);
        Assert.Contains(diagnostics, d => d.Id == "CEG0009" && d.Arguments[0].Contains("IsOk"));
    }

    [Fact]
    public void Renames_win_and_a_bad_rename_is_CEG0009()
    {
        var overlay = new Overlay();
        overlay.Renames.Add(new OverlayRename(Name("A"), Name("x"), Name("Value")));
        overlay.Renames.Add(new OverlayRename(Name("A"), Name("y"), Name("not valid")));
        overlay.Renames.Add(new OverlayRename(Name("A"), Name("missing"), Name("Missing")));
        var (model, diagnostics) = BindWith(overlay, "T", Object("A", ("value", Str), ("x", Str), ("y", Str)));
        Assert.Equal(["Value2", "Value", "Y"], PropertyNames(model, "A"));
        Assert.Equal(2, diagnostics.Count(d => d.Id == "CEG0009"));
    }

    [Fact]
    public void Factories_mark_the_type_unless_a_factory_name_is_taken()
    {
        var overlay = new Overlay();
        overlay.Factories.Add(Name("Tool"));
        Assert.True(ObjectType(BindWith(overlay, "T", Object("Tool", ("search", Str))).Model, "Tool").HasFactories);
        var (clash, diagnostics) = BindWith(overlay, "T", Object("Tool", ("search", Str), ("forSearch", Str)));
        Assert.False(ObjectType(clash, "Tool").HasFactories);
        Assert.Contains(diagnostics, d => d.Id == "CEG0009");
    }

    [Fact]
    public void Support_files_and_hint_names_are_decided_here()
    {
        var model = Bind(Object("A")).Model;
        Assert.Equal(["ModelJson"], model.SupportFiles.Select(f => f.File));
        Assert.Equal("T.Serialization.ModelJson.Support.g.cs", model.SupportFiles[0].HintName);
        Assert.Equal("T.Serialization", model.SupportFiles[0].Namespace);
        Assert.Equal("T.Serialization.ModelJsonResolver.g.cs", model.Resolver.HintName);
        Assert.Equal("T.Serialization.AConverter.g.cs", HintNames.Converter(model.Types[0]));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Xunit;
using Reference = ProtobufTestMessages.Proto3;
using Ours = Conformance.Ours;

namespace CodeExecGen.Conformance.Tests;

/// <summary>
/// Every JSON case of protobuf's conformance suite, through our generated serializer and
/// Google.Protobuf's. Valid input: we read it, and Google reads what we write back as the message it
/// reads from the input. Invalid input: we throw JsonException, or the case is one of our documented
/// leniencies (README, "Wire rules"), each listed below with its reason.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly TypeRegistry WellKnownTypes = TypeRegistry.FromFiles(
        global::Google.Protobuf.WellKnownTypes.Any.Descriptor.File, global::Google.Protobuf.WellKnownTypes.Duration.Descriptor.File,
        global::Google.Protobuf.WellKnownTypes.Empty.Descriptor.File, global::Google.Protobuf.WellKnownTypes.FieldMask.Descriptor.File,
        global::Google.Protobuf.WellKnownTypes.Struct.Descriptor.File, global::Google.Protobuf.WellKnownTypes.Timestamp.Descriptor.File,
        global::Google.Protobuf.WellKnownTypes.Int32Value.Descriptor.File, Reference.TestMessagesProto3Reflection.Descriptor);

    private static readonly JsonParser GoogleParser = new(JsonParser.Settings.Default.WithTypeRegistry(WellKnownTypes));
    private static readonly JsonParser GoogleParserIgnoringUnknown = new(JsonParser.Settings.Default.WithTypeRegistry(WellKnownTypes).WithIgnoreUnknownFields(true));

    /// <summary>Invalid input we accept on purpose, each with the rule that makes it so.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Leniencies = new Dictionary<string, string>
    {
        ["RejectTopLevelNull"] = "a top-level null reads as a null object, System.Text.Json's rule for reference types",
        ["SingleValueForRepeatedFieldInt32"] = "a single value where an array belongs is a one-element array, as Google's endpoint accepts",
        ["SingleValueForRepeatedFieldMessage"] = "a single value where an array belongs is a one-element array, as Google's endpoint accepts",
        ["FieldMaskInvalidCharacter"] = "a google-fieldmask is kept as the string it is, not checked path by path",
        ["AnyWktRepresentationWithEmptyTypeAndValue"] = "google.protobuf.Any is an object of any JSON in Discovery; its @type is not resolved",
        ["AnyWktRepresentationWithBadType"] = "google.protobuf.Any is an object of any JSON in Discovery; its @type is not resolved",
    };

    /// <summary>Valid cases whose meaning a Discovery document cannot carry, so a difference is expected.</summary>
    internal static readonly IReadOnlyDictionary<string, string> KnownDifferences = new Dictionary<string, string>
    {
        ["NullValueInOtherOneofNewFormat"] = "null is absence in Discovery JSON; only a oneof member of type NullValue makes null a value, and Discovery has no oneofs",
    };

    /// <summary>Valid cases Google.Protobuf's C# parser itself rejects (its own known conformance failures), so there is nothing to compare with.</summary>
    internal static readonly IReadOnlySet<string> GoogleRejects = new HashSet<string>
    {
        "BytesFieldBase64Url", // Google.Protobuf's C# parser reads only standard base64; we read both.
        "OneofFieldNullFirst", // It rejects a null beside a set oneof member; Discovery has no oneofs.
        "OneofFieldNullSecond",
        "AnyEmpty", // It wants a "value" in an Any of Empty; the suite does not.
    };

    public static IEnumerable<object[]> Valid() => ConformanceCase.All.Where(c => c.IsValid).Select(c => new object[] { c });

    public static IEnumerable<object[]> Invalid() => ConformanceCase.All.Where(c => !c.IsValid).Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_input_is_read_and_written_back_as_the_message_Google_reads(ConformanceCase test)
    {
        var parser = test.IgnoresUnknownFields ? GoogleParserIgnoringUnknown : GoogleParser;
        Reference.TestAllTypesProto3? expected = null;
        try
        {
            expected = parser.Parse<Reference.TestAllTypesProto3>(test.Json);
        }
        catch (Exception exception) when (exception is InvalidProtocolBufferException or InvalidJsonException)
        {
            Assert.True(GoogleRejects.Contains(test.Name), $"Google.Protobuf rejects valid case {test.Name}: {exception.Message}");
        }

        var ours = JsonSerializer.Deserialize<Ours.TestAllTypesProto3>(test.Json);
        Assert.NotNull(ours);
        var written = JsonSerializer.Serialize(ours);
        if (expected is null)
        {
            return;
        }

        Assert.False(GoogleRejects.Contains(test.Name), $"{test.Name} is listed as rejected by Google.Protobuf, which now reads it");
        var back = parser.Parse<Reference.TestAllTypesProto3>(written);
        if (KnownDifferences.ContainsKey(test.Name))
        {
            Assert.False(expected.Equals(back), $"{test.Name} is listed as a known difference, but Google now reads our output as the same message");
            return;
        }

        Assert.True(expected.Equals(back), $"{test.Name}: Google reads our output as a different message.\ninput:   {test.Json}\nwritten: {written}\nexpected {expected}\nback     {back}");
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_input_is_a_JsonException_or_a_documented_leniency(ConformanceCase test)
    {
        Exception? caught = Record.Exception(() => JsonSerializer.Deserialize<Ours.TestAllTypesProto3>(test.Json));
        if (Leniencies.TryGetValue(test.Name, out var rule))
        {
            Assert.True(caught is null, $"{test.Name} is listed as a leniency ({rule}) but now throws {caught?.GetType().Name}: {caught?.Message}");
            return;
        }

        Assert.True(caught is JsonException, $"{test.Name}: expected a JsonException for {test.Json}, got {(caught is null ? "nothing" : caught.GetType().Name + ": " + caught.Message)}");
    }

    [Fact]
    public void Every_listed_case_exists()
    {
        var names = ConformanceCase.All.Select(c => c.Name).ToHashSet();
        foreach (var listed in Leniencies.Keys.Concat(GoogleRejects).Concat(KnownDifferences.Keys))
        {
            Assert.Contains(listed, names);
        }

        Assert.Equal(332, ConformanceCase.All.Count);
    }
}

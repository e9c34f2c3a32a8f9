#nullable enable

namespace CodeExecGen.Serialization
{
    /// <summary>Reads one value at the reader's current token.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public delegate T JsonValueReader<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options);

    /// <summary>Maps a UTF-8 property name to a property index, or -1.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public delegate int JsonNameMatcher(global::System.ReadOnlySpan<byte> name);

    /// <summary>
    /// The shared reading and writing rules of the generated converters (proto3 JSON as Google's
    /// endpoint speaks it). Hot paths work on UTF-8 spans; only error paths allocate strings.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static partial class JsonRuntime
    {
        /// <summary>Objects nested deeper than this are rejected, whatever MaxDepth allows, so reading never overflows the stack.</summary>
        public const int MaxDepth = 1000;

        private const string PathKey = "CodeExecGen.JsonPath";
        private const int MaxNameLength = 256;

        // The options each generated ModelJson made lenient: a value that does not parse is kept raw there.
        private static readonly global::System.Runtime.CompilerServices.ConditionalWeakTable<global::System.Text.Json.JsonSerializerOptions, object> LenientOptions = new();

        /// <summary>Marks options under which values that do not parse as their type are kept raw in <c>ExtensionData</c>.</summary>
        public static void MarkLenient(global::System.Text.Json.JsonSerializerOptions options) => LenientOptions.AddOrUpdate(options, LenientOptions);

        /// <summary>An array element or map value that is a string. JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<string> StringElement = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadString(ref reader) ?? throw NullElement();

        /// <summary>An array element or map value that is <c>true</c> or <c>false</c>. JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<bool> BooleanElement = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadBoolean(ref reader) ?? throw NullElement();

        /// <summary>An array element or map value that is a 32-bit integer (see <see cref="ReadInt32"/>). JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<int> Int32Element = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadInt32(ref reader) ?? throw NullElement();

        /// <summary>An array element or map value that is an unsigned 32-bit integer (see <see cref="ReadUInt32"/>). JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<uint> UInt32Element = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadUInt32(ref reader) ?? throw NullElement();

        /// <summary>An array element or map value that is a 64-bit integer (see <see cref="ReadInt64"/>). JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<long> Int64Element = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadInt64(ref reader) ?? throw NullElement();

        /// <summary>An array element or map value that is an unsigned 64-bit integer (see <see cref="ReadUInt64"/>). JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<ulong> UInt64Element = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadUInt64(ref reader) ?? throw NullElement();

        /// <summary>An array element or map value that is a <c>float</c> (see <see cref="ReadSingle"/>). JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<float> SingleElement = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadSingle(ref reader) ?? throw NullElement();

        /// <summary>An array element or map value that is a <c>double</c> (see <see cref="ReadDouble"/>). JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<double> DoubleElement = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadDouble(ref reader) ?? throw NullElement();

        /// <summary>An array element or map value of any JSON, kept raw (JSON null as an element of kind Null).</summary>
        public static readonly JsonValueReader<global::System.Text.Json.JsonElement> AnyElement = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadAny(ref reader);

        /// <summary>An array element or map value that is base64 (see <see cref="TryReadBytes"/>). JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<global::CodeExecGen.GoogleBytes> BytesElement = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options)
            => TryReadBytes(ref reader, null, out var value) && value is not null ? value : throw NullElement();

        /// <summary>An array element or map value that is an RFC 3339 timestamp. JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<global::CodeExecGen.GoogleTimestamp> TimestampElement = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options)
            => TryReadTimestamp(ref reader, null, out var value) && value is { } found ? found : throw NullElement();

        /// <summary>An array element or map value that is a duration such as <c>"1.5s"</c>. JSON null is a JsonException.</summary>
        public static readonly JsonValueReader<global::CodeExecGen.GoogleDuration> DurationElement = (ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options)
            => TryReadDuration(ref reader, null, out var value) && value is { } found ? found : throw NullElement();
    }
}

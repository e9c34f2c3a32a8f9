#nullable enable

namespace CodeExecGen.Serialization
{
    // Writing
    public static partial class JsonRuntime
    {
        // Converters write through these one-overload wrappers rather than Utf8JsonWriter's
        // overloaded methods: each binds without overload resolution at the thousands of call
        // sites a schema makes, and the JIT inlines them to the same call.

        /// <summary>
        /// Starts an object, guarding recursive writes: a cycle in user objects becomes a
        /// JsonException, not a stack overflow.
        /// </summary>
        public static void StartObject(global::System.Text.Json.Utf8JsonWriter writer)
        {
            if (writer.CurrentDepth > MaxDepth)
            {
                throw new global::System.Text.Json.JsonException("The object graph is nested more than " + MaxDepth.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " levels deep; does it contain a cycle?");
            }

            writer.WriteStartObject();
        }

        /// <summary>Ends an object.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void EndObject(global::System.Text.Json.Utf8JsonWriter writer) => writer.WriteEndObject();

        /// <summary>Starts an array.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void StartArray(global::System.Text.Json.Utf8JsonWriter writer) => writer.WriteStartArray();

        /// <summary>Ends an array.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void EndArray(global::System.Text.Json.Utf8JsonWriter writer) => writer.WriteEndArray();

        /// <summary>Writes a property name encoded once.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteName(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name) => writer.WritePropertyName(name);

        /// <summary>Writes a map key as a property name.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteKey(global::System.Text.Json.Utf8JsonWriter writer, string key) => writer.WritePropertyName(key);

        /// <summary>Writes a string property.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteString(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, string value) => writer.WriteString(name, value);

        /// <summary>Writes a boolean property.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteBoolean(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, bool value) => writer.WriteBoolean(name, value);

        /// <summary>Writes a 32-bit integer property as a number.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteInt32(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, int value) => writer.WriteNumber(name, value);

        /// <summary>Writes an unsigned 32-bit integer property as a number.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteUInt32(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, uint value) => writer.WriteNumber(name, value);

        /// <summary>Writes a bytes property as standard base64 (canonical text read from JSON is copied as it was read).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteBytes(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, global::CodeExecGen.GoogleBytes value)
        {
            writer.WritePropertyName(name);
            value.WriteJson(writer);
        }

        /// <summary>Writes a string value.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteStringValue(global::System.Text.Json.Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

        /// <summary>Writes a string value encoded once (an enum's wire name).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteEncodedValue(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText value) => writer.WriteStringValue(value);

        /// <summary>Writes a boolean value.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteBooleanValue(global::System.Text.Json.Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

        /// <summary>Writes a 32-bit integer value as a number.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteInt32Value(global::System.Text.Json.Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

        /// <summary>Writes an unsigned 32-bit integer value as a number.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteUInt32Value(global::System.Text.Json.Utf8JsonWriter writer, uint value) => writer.WriteNumberValue(value);

        /// <summary>Writes a bytes value as base64 (see <see cref="WriteBytes"/>).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void WriteBytesValue(global::System.Text.Json.Utf8JsonWriter writer, global::CodeExecGen.GoogleBytes value) => value.WriteJson(writer);

        /// <summary>A 64-bit integer as proto3 JSON writes it: a string.</summary>
        public static void WriteInt64String(global::System.Text.Json.Utf8JsonWriter writer, long value) => WriteIntegerString(writer, value);

        /// <summary>An unsigned 64-bit integer as proto3 JSON writes it: a string.</summary>
        public static void WriteUInt64String(global::System.Text.Json.Utf8JsonWriter writer, ulong value) => WriteIntegerString(writer, value);

        private static void WriteIntegerString<T>(global::System.Text.Json.Utf8JsonWriter writer, T value)
            where T : global::System.IUtf8SpanFormattable
        {
            global::System.Span<byte> buffer = stackalloc byte[24];
            value.TryFormat(buffer, out var written, default, global::System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteStringValue(buffer.Slice(0, written));
        }

        /// <summary>A property name encoded once for every write (one overload, for the reason Utf8Equals gives).</summary>
        public static global::System.Text.Json.JsonEncodedText EncodeName(string name) => global::System.Text.Json.JsonEncodedText.Encode(name);

        /// <summary>Wire names encoded once, in the order of the values they name.</summary>
        public static global::System.Text.Json.JsonEncodedText[] EncodeNames(string[] names)
        {
            var encoded = new global::System.Text.Json.JsonEncodedText[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                encoded[i] = EncodeName(names[i]);
            }

            return encoded;
        }

        /// <summary>
        /// Writes what extension data holds, except under a name a typed property owns (its JSON
        /// or snake_case name) while that property is set: the typed value is written and wins.
        /// </summary>
        public static void WriteExtensionData<T>(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement> extension, JsonNameMatcher matcher, global::System.Func<T, int, bool> isSet)
        {
            foreach (var pair in extension)
            {
                var property = MatchName(pair.Key, matcher);
                if (property >= 0 && isSet(value, property))
                {
                    continue;
                }

                writer.WritePropertyName(pair.Key);
                pair.Value.WriteTo(writer);
            }
        }

        private static int MatchName(string name, JsonNameMatcher matcher)
        {
            if (name.Length > MaxNameLength)
            {
                return -1;
            }

            global::System.Span<byte> buffer = stackalloc byte[MaxNameLength * 3];
            var written = global::System.Text.Encoding.UTF8.GetBytes(name, buffer);
            return matcher(buffer.Slice(0, written));
        }

        /// <summary>Writes a <c>float</c>: a number, or the string "NaN", "Infinity" or "-Infinity".</summary>
        public static void WriteSingleValue(global::System.Text.Json.Utf8JsonWriter writer, float value)
        {
            if (float.IsFinite(value)) writer.WriteNumberValue(value);
            else writer.WriteStringValue(float.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }

        /// <summary>Writes a <c>double</c>: a number, or the string "NaN", "Infinity" or "-Infinity".</summary>
        public static void WriteDoubleValue(global::System.Text.Json.Utf8JsonWriter writer, double value)
        {
            if (double.IsFinite(value)) writer.WriteNumberValue(value);
            else writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}

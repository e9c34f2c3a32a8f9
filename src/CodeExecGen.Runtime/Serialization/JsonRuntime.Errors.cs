#nullable enable

namespace CodeExecGen.Serialization
{
    // Errors
    public static partial class JsonRuntime
    {
        /// <summary>A JsonException saying what was expected and what token the reader is at instead.</summary>
        public static global::System.Text.Json.JsonException Unexpected(ref global::System.Text.Json.Utf8JsonReader reader, string expected)
            => new global::System.Text.Json.JsonException("Expected " + expected + " but found " + Describe(reader.TokenType) + ".");

        /// <summary>A JsonException for text holding an unpaired surrogate escape.</summary>
        internal static global::System.Text.Json.JsonException LoneSurrogate()
            => new global::System.Text.Json.JsonException("The text has an unpaired surrogate escape (\\uD800-\\uDFFF), which is not Unicode text.");

        /// <summary>A JsonException for text holding bytes that are not UTF-8.</summary>
        internal static global::System.Text.Json.JsonException NotUtf8()
            => new global::System.Text.Json.JsonException("The text has bytes that are not UTF-8.");

        /// <summary>A JsonException for two members of one union that are both set.</summary>
        public static global::System.Text.Json.JsonException UnionConflict(string typeName, string first, string second)
            => new global::System.Text.Json.JsonException("'" + first + "' and '" + second + "' are both set, but a " + typeName + " holds at most one of them (they form a union).");

        /// <summary>A JsonException for an enum value this revision does not know, where it cannot be kept raw.</summary>
        public static global::System.Text.Json.JsonException UnknownEnumValue(string typeName)
            => new global::System.Text.Json.JsonException("The value is not a known " + typeName + " and cannot be kept here.");

        /// <summary>A JsonException for writing an enum value that is none of its type's named values.</summary>
        public static global::System.Text.Json.JsonException UndefinedEnumValue(string typeName, int value)
            => new global::System.Text.Json.JsonException(value.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " is not a defined " + typeName + " value.");

        /// <summary>A JsonException for JSON null as an array element or map value.</summary>
        public static global::System.Text.Json.JsonException NullElement()
            => new global::System.Text.Json.JsonException("null is not allowed as an element of an array or map.");

        /// <summary>Exception filter: records one path segment as the exception passes; never catches.</summary>
        public static bool PrependPath(global::System.Exception exception, string? propertyName)
        {
            if (propertyName is not null)
            {
                var segment = IsPlainName(propertyName) ? "." + propertyName : "['" + propertyName.Replace("'", "\\'") + "']";
                exception.Data[PathKey] = segment + (exception.Data[PathKey] as string);
            }

            return false;
        }

        /// <summary>Exception filter for array elements.</summary>
        public static bool PrependPath(global::System.Exception exception, int index)
        {
            exception.Data[PathKey] = "[" + index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]" + (exception.Data[PathKey] as string);
            return false;
        }

        /// <summary>True when an exception carries a path that <see cref="WithPath"/> should put into its message.</summary>
        public static bool HasPath(global::System.Exception exception) => exception.Data[PathKey] is string;

        /// <summary>
        /// The exception to throw from a converter's entry point: the same problem, with the JSON path
        /// inside the value in the message. System.Text.Json then adds LineNumber and BytePositionInLine.
        /// </summary>
        public static global::System.Text.Json.JsonException WithPath(global::System.Text.Json.JsonException exception)
        {
            var path = "$" + (exception.Data[PathKey] as string);
            return new global::System.Text.Json.JsonException(exception.Message.TrimEnd() + " JSON path: " + path + ".", exception);
        }

        private static bool IsLenient(global::System.Text.Json.JsonSerializerOptions? options) => options is not null && LenientOptions.TryGetValue(options, out _);

        private static bool IsPlainName(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private static string Describe(global::System.Text.Json.JsonTokenType token) => token switch
        {
            global::System.Text.Json.JsonTokenType.StartObject => "an object",
            global::System.Text.Json.JsonTokenType.StartArray => "an array",
            global::System.Text.Json.JsonTokenType.String => "a string",
            global::System.Text.Json.JsonTokenType.Number => "a number",
            global::System.Text.Json.JsonTokenType.True or global::System.Text.Json.JsonTokenType.False => "a boolean",
            global::System.Text.Json.JsonTokenType.Null => "null",
            _ => token.ToString(),
        };
    }
}

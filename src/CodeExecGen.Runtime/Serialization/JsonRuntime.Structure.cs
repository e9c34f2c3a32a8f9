#nullable enable

namespace CodeExecGen.Serialization
{
    // Structure
    public static partial class JsonRuntime
    {
        /// <summary>Checks that the reader is at the start of an object and that nesting is still safe.</summary>
        public static void EnterObject(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
            {
                throw Unexpected(ref reader, "an object");
            }

            if (reader.CurrentDepth > 64 && (reader.CurrentDepth > MaxDepth || !global::System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()))
            {
                throw new global::System.Text.Json.JsonException("The JSON is nested too deeply to read safely (more than " + MaxDepth.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " levels).");
            }
        }

        /// <summary>Moves to the next token; the document must not end here.</summary>
        public static void Next(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                throw new global::System.Text.Json.JsonException("The JSON ends in the middle of a value.");
            }
        }

        /// <summary>Matches an escaped or segmented property name; names too long to be known are unknown.</summary>
        public static int MatchEscapedName(ref global::System.Text.Json.Utf8JsonReader reader, JsonNameMatcher matcher)
        {
            var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (length > MaxNameLength)
            {
                return -1;
            }

            CheckEscapes(ref reader);
            global::System.Span<byte> buffer = stackalloc byte[MaxNameLength];
            var written = reader.CopyString(buffer);
            return matcher(buffer.Slice(0, written));
        }

        /// <summary>
        /// True when a UTF-8 name is these bytes. Name matchers call this rather than
        /// MemoryExtensions.SequenceEqual: one non-generic overload binds quickly at each of the
        /// thousands of call sites a schema makes, and inlines to the same code.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool Utf8Equals(global::System.ReadOnlySpan<byte> name, global::System.ReadOnlySpan<byte> literal)
            => global::System.MemoryExtensions.SequenceEqual(name, literal);

        /// <summary>Keeps the value at the reader as raw JSON under <paramref name="name"/>: unknown properties, unknown enum values.</summary>
        public static void KeepRaw(ref global::System.Text.Json.Utf8JsonReader reader, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? extension, string name)
        {
            extension ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(global::System.StringComparer.Ordinal);
            extension[name] = ParseRaw(ref reader);
        }

        /// <summary>Reads an array; a single value where an array belongs is read as a one-element array, as Google's endpoint does.</summary>
        public static global::System.Collections.Generic.List<T>? ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, JsonValueReader<T> element)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            var list = new global::System.Collections.Generic.List<T>();
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                list.Add(element(ref reader, options));
                return list;
            }

            var index = 0;
            try
            {
                while (true)
                {
                    Next(ref reader);
                    if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndArray)
                    {
                        return list;
                    }

                    list.Add(element(ref reader, options));
                    index++;
                }
            }
            catch (global::System.Text.Json.JsonException exception) when (PrependPath(exception, index))
            {
                throw;
            }
        }

        /// <summary>Reads a JSON object of values keyed by string.</summary>
        public static global::System.Collections.Generic.Dictionary<string, T>? ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, JsonValueReader<T> element)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            EnterObject(ref reader);
            var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
            string? key = null;
            try
            {
                while (true)
                {
                    Next(ref reader);
                    if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject)
                    {
                        return map;
                    }

                    key = ReadText(ref reader);
                    Next(ref reader);
                    map[key] = element(ref reader, options);
                }
            }
            catch (global::System.Text.Json.JsonException exception) when (PrependPath(exception, key))
            {
                throw;
            }
        }

        /// <summary>
        /// Reads an array of enum values. If any value is one this revision does not know (an unknown
        /// name, or a number: Discovery gives enum values no numbers), the whole array is kept raw so
        /// nothing is lost; a null element or a value that is not a string or number is a JsonException.
        /// </summary>
        public static bool TryReadEnumList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Func<string, (bool Found, T Value)> parse, out global::System.Collections.Generic.List<T>? list)
        {
            list = null;
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return true;
            }

            var copy = reader;
            var element = ParseRaw(ref copy);
            var result = new global::System.Collections.Generic.List<T>();
            var known = true;
            if (element.ValueKind == global::System.Text.Json.JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    try
                    {
                        if (TryEnumValue(item, parse, out var value))
                        {
                            result.Add(value);
                        }
                        else
                        {
                            known = false;
                        }
                    }
                    catch (global::System.Text.Json.JsonException exception) when (PrependPath(exception, index))
                    {
                        throw;
                    }

                    index++;
                }
            }
            else if (TryEnumValue(element, parse, out var single))
            {
                result.Add(single);
            }
            else
            {
                known = false;
            }

            if (!known)
            {
                return false;
            }

            reader = copy;
            list = result;
            return true;
        }

        /// <summary>Reads a map of enum values, kept raw whole when any value is unknown (see <see cref="TryReadEnumList"/>).</summary>
        public static bool TryReadEnumMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Func<string, (bool Found, T Value)> parse, out global::System.Collections.Generic.Dictionary<string, T>? map)
        {
            map = null;
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return true;
            }

            EnterObject(ref reader);
            var copy = reader;
            var element = ParseRaw(ref copy);
            var result = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
            var known = true;
            foreach (var entry in element.EnumerateObject())
            {
                try
                {
                    if (TryEnumValue(entry.Value, parse, out var value))
                    {
                        result[entry.Name] = value;
                    }
                    else
                    {
                        known = false;
                    }
                }
                catch (global::System.Text.Json.JsonException exception) when (PrependPath(exception, entry.Name))
                {
                    throw;
                }
            }

            if (!known)
            {
                return false;
            }

            reader = copy;
            map = result;
            return true;
        }

        /// <summary>True with the value for a known name; false for an unknown name or a number (kept raw); other kinds throw.</summary>
        private static bool TryEnumValue<T>(global::System.Text.Json.JsonElement item, global::System.Func<string, (bool Found, T Value)> parse, out T value)
        {
            value = default!;
            switch (item.ValueKind)
            {
                case global::System.Text.Json.JsonValueKind.String:
                    if (parse(item.GetString()!) is { Found: true } parsed)
                    {
                        value = parsed.Value;
                        return true;
                    }

                    return false;
                case global::System.Text.Json.JsonValueKind.Number:
                    return false;
                case global::System.Text.Json.JsonValueKind.Null:
                    throw NullElement();
                default:
                    throw new global::System.Text.Json.JsonException("Expected an enum name (a string) but found " + item.ValueKind.ToString().ToLowerInvariant() + ".");
            }
        }
    }
}

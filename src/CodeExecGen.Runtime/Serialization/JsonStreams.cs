#nullable enable

namespace CodeExecGen.Serialization
{
    /// <summary>
    /// How generated types' JSON arrives beyond one document: the values of a <c>stream…</c> answer in any
    /// form Google's endpoint sends, and hand-written bodies repaired as the endpoint repairs them. The
    /// generated <c>ModelJson</c> of each namespace calls these with its own type infos.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class JsonStreams
    {
        /// <summary>
        /// Reads the output of <c>streamGenerateContent</c> as it arrives, in any form the endpoint
        /// returns: a JSON array of values, Server-Sent Events (<c>alt=sse</c>, one <c>data:</c> value per
        /// event), or one JSON value per line. Nothing is buffered beyond one value.
        /// </summary>
        /// <exception cref="global::System.Text.Json.JsonException">A value is malformed; values before it have been returned.</exception>
        public static async global::System.Collections.Generic.IAsyncEnumerable<T> ReadAsync<T>(
            global::System.IO.Stream stream,
            global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo,
            [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)
            where T : class
        {
            var prefix = new byte[1];
            int first;
            do
            {
                if (await stream.ReadAsync(global::System.MemoryExtensions.AsMemory(prefix, 0, 1), cancellationToken).ConfigureAwait(false) == 0)
                {
                    yield break;
                }

                first = prefix[0];
            }
            while (first == ' ' || first == '\t' || first == '\r' || first == '\n' || first == 0xEF || first == 0xBB || first == 0xBF);

            var whole = new PrefixedStream(prefix, stream);
            if (first == '[')
            {
                await foreach (var item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(global::System.Text.Json.JsonSerializer.DeserializeAsyncEnumerable(whole, typeInfo, cancellationToken), false))
                {
                    if (item is not null)
                    {
                        yield return item;
                    }
                }

                yield break;
            }

            using var lines = new global::System.IO.StreamReader(whole, global::System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
            var data = new global::System.Text.StringBuilder();
            var raw = new RawValue();
            while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (raw.IsOpen || (line.Length > 0 && (line[0] == '{' || line[0] == '[')))
                {
                    // One JSON value per line, or a raw JSON body (an error) spread over lines.
                    if (raw.Append(line))
                    {
                        yield return Parse(raw.Take(), typeInfo);
                    }
                }
                else if (line.Length == 0)
                {
                    if (data.Length > 0)
                    {
                        yield return Parse(data.ToString(), typeInfo);
                        data.Clear();
                    }
                }
                else if (line.StartsWith("data:", global::System.StringComparison.Ordinal))
                {
                    if (data.Length > 0)
                    {
                        data.Append('\n');
                    }

                    var start = line.Length > 5 && line[5] == ' ' ? 6 : 5;
                    data.Append(line, start, line.Length - start);
                }
                else if (line[0] != ':' && !line.StartsWith("event:", global::System.StringComparison.Ordinal) && !line.StartsWith("id:", global::System.StringComparison.Ordinal) && !line.StartsWith("retry:", global::System.StringComparison.Ordinal))
                {
                    throw new global::System.Text.Json.JsonException("The stream is neither a JSON array, Server-Sent Events nor JSON lines: unexpected line '" + (line.Length > 40 ? line.Substring(0, 40) + "..." : line) + "'.");
                }
            }

            if (data.Length > 0)
            {
                yield return Parse(data.ToString(), typeInfo);
            }

            if (raw.IsOpen)
            {
                yield return Parse(raw.Take(), typeInfo);
            }
        }

        private static T Parse<T>(string json, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
            where T : class
            => global::System.Text.Json.JsonSerializer.Deserialize(json, typeInfo) ?? throw new global::System.Text.Json.JsonException("A stream value is null.");

        /// <summary>Inserts the comma a hand-written body forgot between two members or elements; leaves strings alone.</summary>
        public static string InsertMissingCommas(string json)
        {
            var result = new global::System.Text.StringBuilder(json.Length + 16);
            var afterValue = false;
            for (var i = 0; i < json.Length; i++)
            {
                var c = json[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                {
                    result.Append(c);
                    continue;
                }

                var startsValue = c == '"' || c == '{' || c == '[' || c == '-' || char.IsLetterOrDigit(c);
                if (startsValue && afterValue)
                {
                    result.Append(',');
                }

                if (c == '"')
                {
                    var end = i + 1;
                    while (end < json.Length && json[end] != '"')
                    {
                        end += json[end] == '\\' ? 2 : 1;
                    }

                    end = global::System.Math.Min(end, json.Length - 1);
                    result.Append(json, i, end - i + 1);
                    i = end;
                    afterValue = true;
                }
                else if (startsValue && c != '{' && c != '[')
                {
                    var end = i;
                    while (end + 1 < json.Length && (char.IsLetterOrDigit(json[end + 1]) || json[end + 1] == '.' || json[end + 1] == '-' || json[end + 1] == '+'))
                    {
                        end++;
                    }

                    result.Append(json, i, end - i + 1);
                    i = end;
                    afterValue = true;
                }
                else
                {
                    result.Append(c);
                    afterValue = c == '}' || c == ']';
                }
            }

            return result.ToString();
        }

        /// <summary>Collects lines until the brackets of a JSON value balance (strings and escapes respected).</summary>
        private sealed class RawValue
        {
            private readonly global::System.Text.StringBuilder _text = new global::System.Text.StringBuilder();
            private int _depth;
            private bool _inString;
            private bool _escaped;

            public bool IsOpen => _text.Length > 0;

            /// <summary>Adds a line; true when the value is complete.</summary>
            public bool Append(string line)
            {
                _text.Append(line).Append('\n');
                foreach (var c in line)
                {
                    if (_inString)
                    {
                        if (_escaped) _escaped = false;
                        else if (c == '\\') _escaped = true;
                        else if (c == '"') _inString = false;
                    }
                    else if (c == '"') _inString = true;
                    else if (c == '{' || c == '[') _depth++;
                    else if (c == '}' || c == ']') _depth--;
                }

                return _depth <= 0 && !_inString;
            }

            public string Take()
            {
                var text = _text.ToString();
                _text.Clear();
                _depth = 0;
                _inString = false;
                _escaped = false;
                return text;
            }
        }

        /// <summary>The bytes read while looking for the first token, then the rest of the stream.</summary>
        private sealed class PrefixedStream : global::System.IO.Stream
        {
            private readonly byte[] _prefix;
            private readonly global::System.IO.Stream _inner;
            private int _prefixPosition;

            public PrefixedStream(byte[] prefix, global::System.IO.Stream inner)
            {
                _prefix = prefix;
                _inner = inner;
            }

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new global::System.NotSupportedException();

            public override long Position
            {
                get => throw new global::System.NotSupportedException();
                set => throw new global::System.NotSupportedException();
            }

            public override int Read(byte[] buffer, int offset, int count) => Read(global::System.MemoryExtensions.AsSpan(buffer, offset, count));

            public override int Read(global::System.Span<byte> buffer)
            {
                if (_prefixPosition < _prefix.Length && buffer.Length > 0)
                {
                    buffer[0] = _prefix[_prefixPosition++];
                    return 1;
                }

                return _inner.Read(buffer);
            }

            public override global::System.Threading.Tasks.ValueTask<int> ReadAsync(global::System.Memory<byte> buffer, global::System.Threading.CancellationToken cancellationToken = default)
            {
                if (_prefixPosition < _prefix.Length && buffer.Length > 0)
                {
                    buffer.Span[0] = _prefix[_prefixPosition++];
                    return new global::System.Threading.Tasks.ValueTask<int>(1);
                }

                return _inner.ReadAsync(buffer, cancellationToken);
            }

            public override global::System.Threading.Tasks.Task<int> ReadAsync(byte[] buffer, int offset, int count, global::System.Threading.CancellationToken cancellationToken)
                => ReadAsync(global::System.MemoryExtensions.AsMemory(buffer, offset, count), cancellationToken).AsTask();

            public override void Flush()
            {
            }

            public override long Seek(long offset, global::System.IO.SeekOrigin origin) => throw new global::System.NotSupportedException();

            public override void SetLength(long value) => throw new global::System.NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new global::System.NotSupportedException();
        }
    }
}

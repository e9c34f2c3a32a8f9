using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace CodeExecGen.Generator.Read.Json;

/// <summary>The outcome of parsing: a root value, or the first error and where it happened.</summary>
internal readonly struct JsonParseResult
{
    public JsonParseResult(JsonNode? root, string? error, int errorOffset)
    {
        Root = root;
        Error = error;
        ErrorOffset = errorOffset;
    }

    public JsonNode? Root { get; }

    public string? Error { get; }

    public int ErrorOffset { get; }
}

/// <summary>
/// A strict RFC 8259 parser that records source offsets. We do not use System.Text.Json inside the
/// compiler: it is not loadable in every compiler host, and its errors carry no offset we could map
/// back to a schema line. It never throws on bad input: errors come back as data.
/// </summary>
internal sealed class JsonParser
{
    /// <summary>Deeper documents are rejected rather than risking the compiler's stack.</summary>
    public const int MaxDepth = 128;

    /// <summary>
    /// Longer documents are rejected before parsing. The largest Google Discovery documents (Compute
    /// Engine's) are a few megabytes; a document at this limit generates about ten times its length in
    /// C# and holds the generator for seconds and the compiler for minutes (docs/reliability.md).
    /// </summary>
    public const int MaxLength = 16 * 1024 * 1024;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly StringBuilder _buffer = new();
    private int _position;
    private string? _error;
    private int _errorOffset;

    private JsonParser(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    public static JsonParseResult Parse(string text, CancellationToken cancellationToken = default)
    {
        if (text.Length > MaxLength)
        {
            return new JsonParseResult(null, $"The file is longer than {(MaxLength / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} Mi characters", MaxLength);
        }

        var parser = new JsonParser(text, cancellationToken);
        parser.SkipWhitespace();
        if (parser._position == text.Length)
        {
            return new JsonParseResult(null, "The file is empty", 0);
        }

        var root = parser.ParseValue(0);
        if (root is not null)
        {
            parser.SkipWhitespace();
            if (parser._position != text.Length)
            {
                parser.Fail("Unexpected text after the end of the JSON document");
                root = null;
            }
        }

        return new JsonParseResult(root, parser._error, parser._errorOffset);
    }

    private JsonNode? ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            return Fail($"The JSON is nested deeper than {MaxDepth.ToString(CultureInfo.InvariantCulture)} levels");
        }

        if (_position >= _text.Length)
        {
            return Fail("Unexpected end of the JSON document");
        }

        var c = _text[_position];
        return c switch
        {
            '{' => ParseObject(depth),
            '[' => ParseArray(depth),
            '"' => ParseStringNode(),
            't' => ParseLiteral("true", JsonNodeKind.True),
            'f' => ParseLiteral("false", JsonNodeKind.False),
            'n' => ParseLiteral("null", JsonNodeKind.Null),
            _ when c == '-' || (c >= '0' && c <= '9') => ParseNumber(),
            _ => Fail($"Unexpected character '{Printable(c)}'"),
        };
    }

    private JsonNode? ParseObject(int depth)
    {
        var start = _position++;
        var members = new List<JsonMember>();
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return JsonNode.Object(start, _position, members);
        }

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                return Fail("Expected a property name in double quotes");
            }

            var nameStart = _position;
            var name = ParseString();
            if (name is null)
            {
                return null;
            }

            var nameEnd = _position;
            SkipWhitespace();
            if (!TryConsume(':'))
            {
                return Fail("Expected ':' after a property name");
            }

            SkipWhitespace();
            var value = ParseValue(depth + 1);
            if (value is null)
            {
                return null;
            }

            members.Add(new JsonMember(name, nameStart, nameEnd, value));
            SkipWhitespace();
            if (TryConsume(','))
            {
                continue;
            }

            if (TryConsume('}'))
            {
                return JsonNode.Object(start, _position, members);
            }

            return Fail("Expected ',' or '}' in an object");
        }
    }

    private JsonNode? ParseArray(int depth)
    {
        var start = _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return JsonNode.Array(start, _position, items);
        }

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            SkipWhitespace();
            var item = ParseValue(depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            SkipWhitespace();
            if (TryConsume(','))
            {
                continue;
            }

            if (TryConsume(']'))
            {
                return JsonNode.Array(start, _position, items);
            }

            return Fail("Expected ',' or ']' in an array");
        }
    }

    private JsonNode? ParseStringNode()
    {
        var start = _position;
        var value = ParseString();
        return value is null ? null : JsonNode.Scalar(JsonNodeKind.String, start, _position, value);
    }

    private string? ParseString()
    {
        _position++; // opening quote
        _buffer.Clear();
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return _buffer.ToString();
            }

            if (c < ' ')
            {
                Fail("Control characters must be escaped in a JSON string");
                return null;
            }

            if (c != '\\')
            {
                _buffer.Append(c);
                _position++;
                continue;
            }

            if (_position + 1 >= _text.Length)
            {
                break;
            }

            var escape = _text[_position + 1];
            _position += 2;
            switch (escape)
            {
                case '"': _buffer.Append('"'); break;
                case '\\': _buffer.Append('\\'); break;
                case '/': _buffer.Append('/'); break;
                case 'b': _buffer.Append('\b'); break;
                case 'f': _buffer.Append('\f'); break;
                case 'n': _buffer.Append('\n'); break;
                case 'r': _buffer.Append('\r'); break;
                case 't': _buffer.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        _position -= 2;
                        Fail("Invalid \\u escape in a JSON string");
                        return null;
                    }

                    _buffer.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _position -= 2;
                    Fail($"Invalid escape '\\{Printable(escape)}' in a JSON string");
                    return null;
            }
        }

        Fail("Unterminated JSON string");
        return null;
    }

    private JsonNode? ParseNumber()
    {
        var start = _position;
        TryConsume('-');
        if (TryConsume('0'))
        {
            // A leading zero stands alone.
        }
        else if (!ConsumeDigits())
        {
            return Fail("Invalid number");
        }

        if (TryConsume('.') && !ConsumeDigits())
        {
            return Fail("Expected digits after the decimal point");
        }

        if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
        {
            _position++;
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (!ConsumeDigits())
            {
                return Fail("Expected digits in the exponent");
            }
        }

        return JsonNode.Scalar(JsonNodeKind.Number, start, _position, _text.Substring(start, _position - start));
    }

    private bool ConsumeDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private JsonNode? ParseLiteral(string literal, JsonNodeKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            return Fail($"Unexpected character '{Printable(_text[_position])}'");
        }

        var start = _position;
        _position += literal.Length;
        return JsonNode.Scalar(kind, start, _position, null);
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                // A byte-order mark at the very start is tolerated, as editors write one.
                if (!(c == '\uFEFF' && _position == 0))
                {
                    return;
                }
            }

            _position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private JsonNode? Fail(string message)
    {
        if (_error is null)
        {
            _error = message;
            _errorOffset = _position > _text.Length ? _text.Length : _position;
        }

        return null;
    }

    private static string Printable(char c) => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();
}

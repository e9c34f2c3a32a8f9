using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace CodeExecGen.Benchmarks;

/// <summary>
/// The least any serializer must do with the same bytes: read every token; read every token and
/// materialize every string; write the same tokens with a <see cref="Utf8JsonWriter"/>.
/// </summary>
public static class Floors
{
    public static int ReadTokens(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    public static int ReadTokensAndStrings(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var length = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                length += reader.GetString()!.Length;
            }
        }

        return length;
    }

    /// <summary>The tokens of one document, recorded once so writing them measures only the writer.</summary>
    public readonly record struct Token(JsonTokenType Type, byte[] Utf8);

    public static Token[] Record(byte[] utf8)
    {
        var tokens = new List<Token>();
        var reader = new Utf8JsonReader(utf8);
        while (reader.Read())
        {
            var value = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                ? CopyString(ref reader)
                : reader.ValueSpan.ToArray();
            tokens.Add(new Token(reader.TokenType, value));
        }

        return tokens.ToArray();
    }

    public static byte[] WriteTokens(Token[] tokens, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            foreach (var token in tokens)
            {
                switch (token.Type)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(token.Utf8); break;
                    case JsonTokenType.String: writer.WriteStringValue(token.Utf8); break;
                    default: writer.WriteRawValue(token.Utf8, skipInputValidation: true); break;
                }
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] CopyString(ref Utf8JsonReader reader)
    {
        var bytes = new byte[reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length];
        return bytes.AsSpan(0, reader.CopyString(bytes)).ToArray();
    }
}

using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Infrastructure;

/// <summary>JSON equality as the wire means it: same values; key order and whitespace aside.</summary>
internal static class JsonAssert
{
    /// <summary>
    /// Equal JSON, where the writer's canonical forms count as the same value: a snake_case key read
    /// as its lowerCamelCase field, and URL-safe or unpadded base64 written as standard base64.
    /// </summary>
    public static void Equal(string expected, string actual)
    {
        using var left = JsonDocument.Parse(expected, new JsonDocumentOptions { AllowTrailingCommas = true });
        using var right = JsonDocument.Parse(actual);
        Equal(left.RootElement, right.RootElement, expected, actual);
    }

    public static void Equal(JsonElement expected, JsonElement actual, string expectedText = "", string actualText = "")
    {
        var difference = FirstDifference(expected, actual, "$");
        Assert.True(difference is null, $"JSON differs at {difference}\nexpected: {Shorten(expectedText)}\nactual:   {Shorten(actualText)}");
    }

    /// <summary>The path of the first difference, or null when equal.</summary>
    public static string? FirstDifference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path} ({expected.ValueKind} vs {actual.ValueKind})";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToHashSet();
                var matched = 0;
                foreach (var property in expected.EnumerateObject())
                {
                    var name = actualNames.Contains(property.Name) ? property.Name : SnakeToCamel(property.Name);
                    if (!actual.TryGetProperty(name, out var value))
                    {
                        return $"{path}.{property.Name} (missing; actual keys [{string.Join(",", actualNames.Order())}])";
                    }

                    matched++;
                    if (FirstDifference(property.Value, value, path + "." + name) is { } inner)
                    {
                        return inner;
                    }
                }

                return matched == actualNames.Count ? null : $"{path} (actual has extra keys: [{string.Join(",", actualNames.Order())}])";
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path} (length {expected.GetArrayLength()} vs {actual.GetArrayLength()})";
                }

                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    if (FirstDifference(expected[i], actual[i], path + "[" + i + "]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Number:
                return decimal.Parse(expected.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(actual.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)
                    ? null
                    : $"{path} ({expected.GetRawText()} vs {actual.GetRawText()})";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() || SameBase64(expected.GetString()!, actual.GetString()!)
                    ? null
                    : $"{path} (\"{Shorten(expected.GetString()!)}\" vs \"{Shorten(actual.GetString()!)}\")";
            default:
                return null;
        }
    }

    internal static string SnakeToCamel(string name)
    {
        var parts = name.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
    }

    internal static bool SameBase64(string expected, string actual)
    {
        static byte[]? Decode(string text)
        {
            var standard = text.Replace('-', '+').Replace('_', '/');
            standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
            try
            {
                return System.Convert.FromBase64String(standard);
            }
            catch (System.FormatException)
            {
                return null;
            }
        }

        return Decode(expected) is { } left && Decode(actual) is { } right && left.AsSpan().SequenceEqual(right);
    }

    private static string Shorten(string text) => text.Length > 300 ? text.Substring(0, 300) + "..." : text;
}

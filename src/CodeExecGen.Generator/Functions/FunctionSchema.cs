using System.Globalization;
using System.Linq;
using System.Text;

namespace CodeExecGen.Generator.Functions;

/// <summary>
/// The JSON Schema of a function's parameters (<c>parametersJsonSchema</c>): an object with one
/// property per parameter, <c>required</c> for those without a default that are not nullable. What the
/// dispatcher takes as null (a nullable value, or an optional one, for which null is absence) says so:
/// <c>"type": ["string", "null"]</c>, and <c>null</c> among an enum's values. Keys in a fixed order, so the
/// text is the same on every run.
/// </summary>
internal static class FunctionSchema
{
    public static string Parameters(FunctionSpec function)
    {
        var json = new StringBuilder();
        json.Append("{\"type\":\"object\",\"properties\":{");
        var first = true;
        foreach (var parameter in function.Parameters.Where(p => !p.IsCancellationToken))
        {
            json.Append(first ? string.Empty : ",");
            first = false;
            String(json, parameter.JsonName);
            json.Append(':');
            Write(json, parameter.Shape!, parameter.Description, !parameter.Required);
        }

        json.Append('}');
        Required(json, function.Parameters.Where(p => !p.IsCancellationToken && p.Required).Select(p => p.JsonName).ToArray());
        json.Append('}');
        return json.ToString();
    }

    /// <summary>The schema of one value; <paramref name="acceptsNull"/> when the dispatcher takes null for it.</summary>
    private static void Write(StringBuilder json, ValueShape shape, string? description, bool acceptsNull)
    {
        json.Append('{');
        void Type(string name) => json.Append("\"type\":").Append(acceptsNull ? "[\"" + name + "\",\"null\"]" : "\"" + name + "\"");
        switch (shape.Kind)
        {
            case ShapeKind.String:
                Type("string");
                break;
            case ShapeKind.Boolean:
                Type("boolean");
                break;
            case ShapeKind.Int32:
                Type("integer");
                json.Append(",\"format\":\"int32\"");
                Range(json, shape);
                break;
            case ShapeKind.Int64:
                Type("integer");
                json.Append(",\"format\":\"int64\"");
                Range(json, shape);
                break;
            case ShapeKind.UInt64:
                Type("integer");
                json.Append(",\"format\":\"int64\",\"minimum\":0,\"maximum\":18446744073709551615");
                break;
            case ShapeKind.Double:
                Type("number");
                json.Append(",\"format\":\"double\"");
                break;
            case ShapeKind.Single:
                Type("number");
                json.Append(",\"format\":\"float\"");
                break;
            case ShapeKind.Decimal:
                Type("number");
                break;
            case ShapeKind.Enum:
                Type("string");
                json.Append(",\"enum\":[");
                json.Append(string.Join(",", shape.EnumMembers.Select(m => m.WireName).Distinct().Select(Quote)));
                json.Append(acceptsNull ? ",null]" : "]");
                break;
            case ShapeKind.DateTimeOffset or ShapeKind.Timestamp:
                Type("string");
                json.Append(",\"format\":\"date-time\"");
                break;
            case ShapeKind.TimeSpan or ShapeKind.Duration:
                // Google's duration form, which the API and GoogleDuration read: seconds with an 's'.
                Type("string");
                json.Append(",\"pattern\":\"^-?[0-9]+(\\\\.[0-9]{1,9})?s$\"");
                description ??= "A duration in seconds with an 's' suffix, such as \"90s\" or \"1.5s\".";
                break;
            case ShapeKind.Json:
                // Any JSON, null included.
                break;
            case ShapeKind.Array:
                Type("array");
                json.Append(",\"items\":");
                Write(json, shape.Element!, null, shape.Element!.IsNullable);
                break;
            case ShapeKind.Object:
                Type("object");
                json.Append(",\"properties\":{");
                json.Append(string.Join(",", shape.Members.Select(m =>
                {
                    var member = new StringBuilder();
                    String(member, m.JsonName);
                    member.Append(':');
                    Write(member, m.Shape, m.Description, !m.Required || m.Shape.IsNullable);
                    return member.ToString();
                })));
                json.Append('}');
                Required(json, shape.Members.Where(m => m.Required).Select(m => m.JsonName).ToArray());
                break;
        }

        if (description is { Length: > 0 })
        {
            json.Append(json[json.Length - 1] == '{' ? string.Empty : ",").Append("\"description\":");
            String(json, description);
        }

        json.Append('}');
    }

    private static void Range(StringBuilder json, ValueShape shape)
    {
        // The format alone bounds nothing a JSON Schema validator checks; the dispatcher refuses what the type cannot hold.
        if (shape.Minimum is { } minimum && shape.Maximum is { } maximum)
        {
            json.Append(",\"minimum\":").Append(minimum).Append(",\"maximum\":").Append(maximum);
        }
    }

    private static void Required(StringBuilder json, string[] names)
    {
        if (names.Length > 0)
        {
            json.Append(",\"required\":[").Append(string.Join(",", names.Select(Quote))).Append(']');
        }
    }

    private static string Quote(string text)
    {
        var json = new StringBuilder();
        String(json, text);
        return json.ToString();
    }

    /// <summary>A JSON string: quotes, backslashes and control characters escaped.</summary>
    private static void String(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    if (c < ' ' || char.IsSurrogate(c))
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append('"');
    }
}

using System.Globalization;
using System.Linq;
using System.Text;

namespace CodeExecGen.Generator.Functions;

/// <summary>
/// The JSON Schema of a function's parameters (<c>parametersJsonSchema</c>): an object with one
/// property per parameter, <c>required</c> for those without a default that are not nullable. Keys in
/// a fixed order, so the text is the same on every run.
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
            Write(json, parameter.Shape!, parameter.Description);
        }

        json.Append('}');
        Required(json, function.Parameters.Where(p => !p.IsCancellationToken && p.Required).Select(p => p.JsonName).ToArray());
        json.Append('}');
        return json.ToString();
    }

    private static void Write(StringBuilder json, ValueShape shape, string? description)
    {
        json.Append('{');
        switch (shape.Kind)
        {
            case ShapeKind.String:
                json.Append("\"type\":\"string\"");
                break;
            case ShapeKind.Boolean:
                json.Append("\"type\":\"boolean\"");
                break;
            case ShapeKind.Int32:
                json.Append("\"type\":\"integer\",\"format\":\"int32\"");
                Range(json, shape);
                break;
            case ShapeKind.Int64:
                json.Append("\"type\":\"integer\",\"format\":\"int64\"");
                if (shape.Minimum == "0")
                {
                    Range(json, shape);
                }

                break;
            case ShapeKind.UInt64:
                json.Append("\"type\":\"integer\",\"format\":\"int64\",\"minimum\":0");
                break;
            case ShapeKind.Double:
                json.Append("\"type\":\"number\",\"format\":\"double\"");
                break;
            case ShapeKind.Single:
                json.Append("\"type\":\"number\",\"format\":\"float\"");
                break;
            case ShapeKind.Decimal:
                json.Append("\"type\":\"number\"");
                break;
            case ShapeKind.Enum:
                json.Append("\"type\":\"string\",\"enum\":[");
                json.Append(string.Join(",", shape.EnumMembers.Select(m => Quote(m.WireName))));
                json.Append(']');
                break;
            case ShapeKind.DateTimeOffset or ShapeKind.Timestamp:
                json.Append("\"type\":\"string\",\"format\":\"date-time\"");
                break;
            case ShapeKind.TimeSpan or ShapeKind.Duration:
                // Google's duration form, which the API and GoogleDuration read: seconds with an 's'.
                json.Append("\"type\":\"string\",\"pattern\":\"^-?[0-9]+(\\\\.[0-9]{1,9})?s$\"");
                description ??= "A duration in seconds with an 's' suffix, such as \"90s\" or \"1.5s\".";
                break;
            case ShapeKind.Json:
                break;
            case ShapeKind.Array:
                json.Append("\"type\":\"array\",\"items\":");
                Write(json, shape.Element!, null);
                break;
            case ShapeKind.Object:
                json.Append("\"type\":\"object\",\"properties\":{");
                json.Append(string.Join(",", shape.Members.Select(m =>
                {
                    var member = new StringBuilder();
                    String(member, m.JsonName);
                    member.Append(':');
                    Write(member, m.Shape, m.Description);
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
        if (shape.Minimum is { } minimum && shape.Maximum is { } maximum && !(minimum == "-2147483648" && maximum == "2147483647"))
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

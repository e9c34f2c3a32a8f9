using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// Writes the typed client: the class named after the document, one nested class per resource, one
/// method per REST method. Each method checks its arguments, builds the path and query, and hands the
/// exchange to the shared <c>ApiTransport</c> helper.
/// </summary>
internal static class ClientEmitter
{
    private const string Transport = "_transport";
    private const string TransportType = GeneratedNames.ApiTransport;
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string CancellationToken = "global::System.Threading.CancellationToken";

    public static string Emit(ClientSpec client)
    {
        var writer = GeneratedFile.Begin(client.Namespace, client.Source);
        XmlDoc.Summary(
            writer,
            null,
            "Calls the " + XmlDoc.Escape(client.Title ?? client.Name) + " REST API: one property per resource, one <c>…Async</c> method per REST method.",
            "The API key travels in the <c>" + "x-goog-api-key" + "</c> header only. An error answer throws <see cref=\"" + GeneratedNames.ApiException + "\"/>.",
            "When the <see cref=\"global::System.Net.Http.HttpClient\"/> has a <c>BaseAddress</c>, it replaces <see cref=\"DefaultRootUrl\"/> (Vertex AI, a proxy, a test server).");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(client.Accessibility + " sealed partial class " + client.Name);
        writer.Line("/// <summary>The document's <c>rootUrl</c>, used when the HTTP client has no base address.</summary>");
        writer.Line("public const string DefaultRootUrl = " + ModelEmitter.Literal(client.RootUrl) + ";");
        writer.Line();
        writer.Line("/// <summary>A client that sends requests through <paramref name=\"httpClient\"/> (from <c>IHttpClientFactory</c>, or shared) with <paramref name=\"apiKey\"/>.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\">An argument is null.</exception>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The key is empty or cannot be sent as a header.</exception>");
        writer.OpenBlock("public " + client.Name + "(global::System.Net.Http.HttpClient httpClient, string apiKey)");
        writer.Line("var transport = new " + TransportType + "(httpClient, apiKey, DefaultRootUrl, " + ModelEmitter.Literal(client.ServicePath) + ");");
        var uploads = Flatten(client.Resources).Any(r => r.Methods.Any(m => m.Upload is not null));
        if (uploads)
        {
            writer.Line(GeneratedNames.UploadOptionsProperty + " = transport." + GeneratedNames.UploadOptionsProperty + ";");
        }

        foreach (var resource in client.Resources)
        {
            writer.Line(resource.PropertyName + " = new " + resource.ClassName + "(transport);");
        }

        writer.CloseBlock();
        if (uploads)
        {
            writer.Line();
            writer.Line("/// <summary>How the upload methods send media: chunk size, the size up to which one multipart request is sent, retries.</summary>");
            writer.Line("public " + GeneratedNames.MediaUploadOptions + " " + GeneratedNames.UploadOptionsProperty + " { get; }");
        }

        WriteResourceProperties(writer, client.Resources);
        foreach (var resource in Flatten(client.Resources))
        {
            writer.Line();
            WriteResource(writer, client, resource);
        }

        if (client.Patterns.Count > 0)
        {
            writer.Line();
            writer.Line("// The document's path patterns, each compiled on first use.");
            writer.OpenBlock("private static class Patterns");
            foreach (var pattern in client.Patterns)
            {
                writer.Line("private static global::System.Text.RegularExpressions.Regex? _" + pattern.Name + ";");
                writer.Line();
                writer.Line("public static global::System.Text.RegularExpressions.Regex " + pattern.Name + " => _" + pattern.Name
                    + " ??= new global::System.Text.RegularExpressions.Regex(" + ModelEmitter.Literal(pattern.Expression)
                    + ", global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, global::System.TimeSpan.FromSeconds(1));");
                writer.Line();
            }

            writer.CloseBlock();
        }

        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }

    private static void WriteResourceProperties(SourceWriter writer, IEnumerable<ResourceSpec> resources)
    {
        foreach (var resource in resources)
        {
            writer.Line();
            writer.Line("/// <summary>The <c>" + XmlDoc.Escape(resource.WirePath) + "</c> resource.</summary>");
            writer.Line("public " + resource.ClassName + " " + resource.PropertyName + " { get; }");
        }
    }

    private static void WriteResource(SourceWriter writer, ClientSpec client, ResourceSpec resource)
    {
        writer.Line("/// <summary>The methods of the <c>" + XmlDoc.Escape(resource.WirePath) + "</c> resource.</summary>");
        writer.OpenBlock("public sealed partial class " + resource.ClassName);
        writer.Line("private readonly " + TransportType + " " + Transport + ";");
        writer.Line();
        writer.OpenBlock("internal " + resource.ClassName + "(" + TransportType + " transport)");
        writer.Line(Transport + " = transport;");
        foreach (var child in resource.Resources)
        {
            writer.Line(child.PropertyName + " = new " + child.ClassName + "(transport);");
        }

        writer.CloseBlock();
        WriteResourceProperties(writer, resource.Resources);
        foreach (var method in resource.Methods)
        {
            writer.Line();
            WriteMethod(writer, client.Namespace, method);
            if (method.Upload is { } upload)
            {
                writer.Line();
                WriteUploadMethod(writer, client.Namespace, method, upload);
            }
        }

        writer.CloseBlock();
    }

    private static void WriteMethod(SourceWriter writer, string ns, MethodSpec method)
    {
        var request = method.RequestType is null ? null : Model(ns, method.RequestType);
        var response = method.ResponseType is null ? null : Model(ns, method.ResponseType);
        XmlDoc.Summary(writer, method.Description, "Calls <c>" + XmlDoc.Escape(method.WireId) + "</c>.", "REST: <c>" + XmlDoc.Escape(method.HttpMethod + " " + method.Path) + "</c>.");
        foreach (var parameter in method.Parameters)
        {
            writer.Line("/// <param name=\"" + Unescaped(parameter.Name) + "\">" + ParameterDoc(parameter) + "</param>");
        }

        if (request is not null)
        {
            writer.Line("/// <param name=\"" + GeneratedNames.RequestParameter + "\">The request body.</param>");
        }

        writer.Line("/// <param name=\"" + GeneratedNames.CancellationParameter + "\">Cancels the call" + (method.Streams ? " and the stream" : string.Empty) + ".</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">A path parameter does not match the document's pattern; nothing is sent.</exception>");
        writer.Line("/// <exception cref=\"" + GeneratedNames.ApiException + "\">The API answered with an error" + (method.Streams ? ", before or during the stream" : string.Empty) + ".</exception>");
        if (method.Streams)
        {
            writer.Line("/// <exception cref=\"" + GeneratedNames.StreamInterruptedException + "\">The connection ended in the middle of the stream.</exception>");
        }

        if (method.Deprecated)
        {
            writer.Line("[global::System.Obsolete(\"Deprecated by the API.\")]");
        }

        var returns = method.Streams ? "global::System.Collections.Generic.IAsyncEnumerable<" + response + ">"
            : response is null ? Task : Task + "<" + response + ">";
        var arguments = new List<string>();
        foreach (var parameter in method.Parameters.Where(p => p.Required))
        {
            arguments.Add(ParameterType(parameter, required: true) + " " + parameter.Name);
        }

        if (request is not null)
        {
            arguments.Add(request + " " + GeneratedNames.RequestParameter);
        }

        foreach (var parameter in method.Parameters.Where(p => !p.Required))
        {
            arguments.Add(ParameterType(parameter, required: false) + " " + parameter.Name + " = null");
        }

        arguments.Add(CancellationToken + " " + GeneratedNames.CancellationParameter + " = default");
        writer.OpenBlock("public " + returns + " " + method.Name + "(" + string.Join(", ", arguments) + ")");
        if (request is not null)
        {
            writer.Line("if (" + GeneratedNames.RequestParameter + " is null) throw new global::System.ArgumentNullException(nameof(" + GeneratedNames.RequestParameter + "));");
        }

        writer.Line("var path = " + PathExpression(method) + ";");
        WriteQuery(writer, method);
        var body = request is null ? "null" : TransportType + ".JsonContent(" + GeneratedNames.RequestParameter + ", " + TypeInfo(ns, request) + ")";
        var verb = Verb(method.HttpMethod);
        var wireId = ModelEmitter.Literal(method.WireId);
        if (method.Streams)
        {
            writer.Line("return " + Transport + ".StreamAsync<" + response + ">(" + wireId + ", " + verb + ", path, " + body + ", " + TypeInfo(ns, response!) + ", static value => value." + GeneratedNames.ExtensionData + ", " + GeneratedNames.CancellationParameter + ");");
        }
        else if (response is not null)
        {
            writer.Line("return " + Transport + ".SendAsync(" + wireId + ", " + verb + ", path, " + body + ", " + TypeInfo(ns, response) + ", " + GeneratedNames.CancellationParameter + ");");
        }
        else
        {
            writer.Line("return " + Transport + ".SendAsync(" + wireId + ", " + verb + ", path, " + body + ", " + GeneratedNames.CancellationParameter + ");");
        }

        writer.CloseBlock();
    }

    /// <summary>The query string: <c>alt=sse</c> for a stream, then each query parameter that has a value.</summary>
    private static void WriteQuery(SourceWriter writer, MethodSpec method)
    {
        var query = method.Parameters.Where(p => !p.InPath).ToList();
        if (query.Count > 0 || method.Streams)
        {
            writer.Line("var query = new " + GeneratedNames.ApiQuery + "();");
            if (method.Streams)
            {
                writer.Line("query.Add(\"alt\", \"sse\");");
            }

            foreach (var parameter in query)
            {
                if (parameter.Repeated)
                {
                    writer.Line("if (" + parameter.Name + " is not null) foreach (var value in " + parameter.Name + ") query.Add(" + ModelEmitter.Literal(parameter.WireName) + ", " + QueryValue(parameter, "value") + ");");
                }
                else
                {
                    writer.Line("query.Add(" + ModelEmitter.Literal(parameter.WireName) + ", " + QueryValue(parameter, parameter.Name) + ");");
                }
            }

            writer.Line("path += query.ToString();");
        }
    }

    private static string ParameterDoc(ParameterSpec parameter)
    {
        var text = XmlDoc.Escape(parameter.Description ?? "The <c>" + parameter.WireName + "</c> parameter.");
        if (parameter.BarePrefix is not null)
        {
            text += " A bare id gets the <c>" + XmlDoc.Escape(parameter.BarePrefix) + "</c> prefix.";
        }

        return text;
    }

    /// <summary>
    /// The overload that sends bytes: the method's required parameters, then the content, its MIME type and the
    /// metadata (the method's body, optional), its optional parameters, progress and cancellation.
    /// </summary>
    private static void WriteUploadMethod(SourceWriter writer, string ns, MethodSpec method, MediaUploadSpec upload)
    {
        var metadata = Model(ns, method.RequestType!);
        var response = Model(ns, method.ResponseType!);
        var maxSize = upload.MaxSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var accept = string.Join(", ", upload.Accept.Select(a => "<c>" + XmlDoc.Escape(a) + "</c>"));
        XmlDoc.Summary(
            writer,
            method.Description,
            "Calls <c>" + XmlDoc.Escape(method.WireId) + "</c> with media: sends the bytes of <paramref name=\"" + GeneratedNames.UploadContentParameter + "\"/> with the metadata.",
            "Content of a known length up to <c>UploadOptions.MultipartThreshold</c> (5 MiB) goes in one multipart request; larger content, or a stream that cannot seek, goes resumable, "
                + "in chunks of <c>UploadOptions.ChunkSize</c> read one at a time and resumed from the server's count after a dropped connection or a 5xx answer. "
                + "Takes at most " + maxSize + " bytes (<c>maxSize</c>) of the MIME types " + accept + " (<c>accept</c>).",
            "REST: <c>POST /" + XmlDoc.Escape(upload.Path) + "</c> (<c>X-Goog-Upload-Protocol: resumable</c> or <c>multipart</c>).");
        foreach (var parameter in method.Parameters.Where(p => p.Required))
        {
            writer.Line("/// <param name=\"" + Unescaped(parameter.Name) + "\">" + ParameterDoc(parameter) + "</param>");
        }

        writer.Line("/// <param name=\"" + GeneratedNames.UploadContentParameter + "\">The bytes to send, read from the stream's position to its end; the stream is not disposed.</param>");
        writer.Line("/// <param name=\"" + GeneratedNames.UploadMimeTypeParameter + "\">The content's MIME type (<c>text/csv</c>, <c>image/png</c>).</param>");
        writer.Line("/// <param name=\"" + GeneratedNames.UploadMetadataParameter + "\">The request body sent with the bytes; null sends <c>{}</c>.</param>");
        foreach (var parameter in method.Parameters.Where(p => !p.Required))
        {
            writer.Line("/// <param name=\"" + Unescaped(parameter.Name) + "\">" + ParameterDoc(parameter) + "</param>");
        }

        writer.Line("/// <param name=\"" + GeneratedNames.UploadProgressParameter + "\">Told the number of bytes the server has acknowledged, as it grows.</param>");
        writer.Line("/// <param name=\"" + GeneratedNames.CancellationParameter + "\">Cancels the upload; nothing more is sent.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"" + GeneratedNames.UploadContentParameter + "\"/> or <paramref name=\"" + GeneratedNames.UploadMimeTypeParameter + "\"/> is null.</exception>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The MIME type is not accepted, the content is larger than " + maxSize + " bytes, or a path parameter does not match the document's pattern; nothing is sent.</exception>");
        writer.Line("/// <exception cref=\"" + GeneratedNames.ApiException + "\">The API answered with an error.</exception>");
        writer.Line("/// <exception cref=\"" + GeneratedNames.MediaUploadException + "\">The upload kept failing, or the server's byte count disagrees with the content's.</exception>");
        if (method.Deprecated)
        {
            writer.Line("[global::System.Obsolete(\"Deprecated by the API.\")]");
        }

        var arguments = method.Parameters.Where(p => p.Required).Select(p => ParameterType(p, required: true) + " " + p.Name).ToList();
        arguments.Add("global::System.IO.Stream " + GeneratedNames.UploadContentParameter);
        arguments.Add("string " + GeneratedNames.UploadMimeTypeParameter);
        arguments.Add(metadata + "? " + GeneratedNames.UploadMetadataParameter + " = null");
        arguments.AddRange(method.Parameters.Where(p => !p.Required).Select(p => ParameterType(p, required: false) + " " + p.Name + " = null"));
        arguments.Add("global::System.IProgress<long>? " + GeneratedNames.UploadProgressParameter + " = null");
        arguments.Add(CancellationToken + " " + GeneratedNames.CancellationParameter + " = default");
        writer.OpenBlock("public " + Task + "<" + response + "> " + method.Name + "(" + string.Join(", ", arguments) + ")");
        foreach (var required in new[] { GeneratedNames.UploadContentParameter, GeneratedNames.UploadMimeTypeParameter })
        {
            writer.Line("if (" + required + " is null) throw new global::System.ArgumentNullException(nameof(" + required + "));");
        }

        writer.Line("var path = " + PathExpression(method with { PathSegments = upload.PathSegments }) + ";");
        WriteQuery(writer, method);
        writer.Line("var limits = new " + GeneratedNames.MediaUploadLimits + "(" + maxSize + "L, " + string.Join(", ", upload.Accept.Select(ModelEmitter.Literal)) + ");");
        writer.Line("return " + Transport + ".UploadAsync(" + ModelEmitter.Literal(method.WireId) + ", path, " + GeneratedNames.UploadContentParameter + ", " + GeneratedNames.UploadMimeTypeParameter
            + ", " + GeneratedNames.UploadMetadataParameter + ", " + TypeInfo(ns, metadata) + ", " + TypeInfo(ns, response) + ", limits, " + GeneratedNames.UploadProgressParameter + ", " + GeneratedNames.CancellationParameter + ");");
        writer.CloseBlock();
    }

    /// <summary>The path as a C# expression: literal text, and each variable checked and escaped.</summary>
    private static string PathExpression(MethodSpec method)
    {
        var parts = method.PathSegments
            .Select(segment => segment.Text is { } text ? ModelEmitter.Literal(text) : PathValue(method.Parameters[segment.Parameter], segment.Reserved))
            .ToList();
        return parts.Count == 0 ? "string.Empty" : string.Join(" + ", parts);
    }

    /// <summary>A path parameter's value: checked against its pattern (a string, with its bare prefix), then escaped.</summary>
    private static string PathValue(ParameterSpec parameter, bool reserved)
    {
        var value = parameter.Kind == ParameterKind.String
            ? TransportType + ".CheckPathValue(" + parameter.Name + ", nameof(" + parameter.Name + "), "
                + (parameter.PatternName is null ? "null" : "Patterns." + parameter.PatternName) + ", "
                + (parameter.BarePrefix is null ? "null" : ModelEmitter.Literal(parameter.BarePrefix)) + ")"
            : parameter.Kind == ParameterKind.Boolean ? "(" + parameter.Name + " ? \"true\" : \"false\")"
            : parameter.Name + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
        return TransportType + (reserved ? ".ExpandReserved(" : ".ExpandSimple(") + value + ")";
    }

    private static IEnumerable<ResourceSpec> Flatten(IEnumerable<ResourceSpec> resources)
    {
        foreach (var resource in resources)
        {
            yield return resource;
            foreach (var child in Flatten(resource.Resources))
            {
                yield return child;
            }
        }
    }

    private static string ParameterType(ParameterSpec parameter, bool required)
    {
        var type = parameter.Kind switch
        {
            ParameterKind.Boolean => "bool",
            ParameterKind.Int32 => "int",
            ParameterKind.UInt32 => "uint",
            ParameterKind.Int64 => "long",
            ParameterKind.UInt64 => "ulong",
            ParameterKind.Double => "double",
            _ => "string",
        };
        if (parameter.Repeated)
        {
            return "global::System.Collections.Generic.IEnumerable<" + type + ">" + (required ? string.Empty : "?");
        }

        return required ? type : type + "?";
    }

    // uint fits long and ulong alike: say which, so overload resolution has one answer.
    private static string QueryValue(ParameterSpec parameter, string value)
        => parameter.Kind is ParameterKind.Int32 or ParameterKind.UInt32 ? "(long?)" + value : value;

    private static string Verb(string httpMethod) => httpMethod switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        _ => "new global::System.Net.Http.HttpMethod(" + ModelEmitter.Literal(httpMethod) + ")",
    };

    private static string Model(string ns, string name) => "global::" + ns + "." + name;

    private static string TypeInfo(string ns, string type) => "global::" + ns + "." + GeneratedNames.SerializationNamespace + ".ModelJson.GetTypeInfo<" + type + ">()";

    private static string Unescaped(string parameterName) => parameterName.TrimStart('@');
}

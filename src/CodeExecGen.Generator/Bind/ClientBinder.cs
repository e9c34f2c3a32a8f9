using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;

namespace CodeExecGen.Generator.Bind;

/// <summary>
/// Names the typed client of a document: its class, one nested class per resource, one method per
/// REST method. A method is kept only when the types of its body and answer are generated (root
/// types can leave them out); a method the client cannot call correctly is skipped with CEG0005.
/// </summary>
internal sealed class ClientBinder
{
    // A pattern naming one collection, "^models/[^/]+$": a bare id ("gemini-2.5-flash") gets "models/".
    private static readonly Regex SingleCollection = new(@"^\^([A-Za-z][A-Za-z0-9_-]*)/\[\^/\]\+\$$", RegexOptions.CultureInvariant);

    private static readonly Regex HttpToken = new("^[A-Za-z]+$", RegexOptions.CultureInvariant);

    /// <summary>An <c>accept</c> entry: <c>type/subtype</c>, either part <c>*</c>.</summary>
    private static readonly Regex MimePattern = new(@"^[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+$", RegexOptions.CultureInvariant);

    /// <summary>A variable of a path template: <c>{name}</c>, or <c>{+name}</c> whose slashes are kept (RFC 6570 reserved expansion).</summary>
    private static readonly Regex PathVariable = new(@"\{(\+?)([^{}]*)\}", RegexOptions.CultureInvariant);

    /// <summary>The client the hand-written chat client is written against.</summary>
    private const string ChatClientTarget = "GenerativeLanguageClient";

    /// <summary>The resource class the hand-written <c>WaitUntilActiveAsync</c> extends.</summary>
    private const string FilesResourceClass = "FilesResource";

    private const string ModelsResourceClass = "ModelsResource";

    /// <summary>The parameters of <c>files.list</c> the hosted file client pages with.</summary>
    private static readonly string[] ListParameters = { "pageSize", "pageToken" };

    private readonly DocumentDescription _document;
    private readonly IReadOnlyDictionary<string, string> _generatedObjects;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly NameScope _classNames = new();

    private ClientBinder(DocumentDescription document, IReadOnlyDictionary<string, string> generatedObjects, List<DiagnosticInfo> diagnostics)
    {
        _document = document;
        _generatedObjects = generatedObjects;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// The client, or null when the document has no address or no method left to call.
    /// <paramref name="generatedObjects"/> maps the schema ids of generated object types to their names;
    /// <paramref name="claimName"/> claims the client's name among the namespace's type names.
    /// </summary>
    public static ClientSpec? Bind(DocumentDescription document, string ns, string accessibility, IReadOnlyDictionary<string, string> generatedObjects, SchemaCapabilities capabilities, Func<string, string> claimName, List<DiagnosticInfo> diagnostics)
    {
        if (document.RootUrl is not { } rootUrl || !Uri.TryCreate(rootUrl, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("https" or "http") || !rootUrl.EndsWith("/", StringComparison.Ordinal))
        {
            return null;
        }

        var binder = new ClientBinder(document, generatedObjects, diagnostics);
        var resources = binder.BindResources(document.Resources, string.Empty, string.Empty, GeneratedNames.UploadOptionsProperty);
        if (resources.Count == 0)
        {
            return null;
        }

        var name = claimName(Naming.ToTypeName(document.ApiName ?? "Api") + "Client");
        var patterns = new List<PatternSpec>();
        var written = NamePatterns(resources, patterns);
        // The hand-written helpers are written against Gemini's client and resource names.
        var gemini = document.IsGeminiDocument && name == ChatClientTarget;
        var models = resources.FirstOrDefault(r => r.WirePath == "models");
        var files = resources.FirstOrDefault(r => r.WirePath == "files");
        var supportsChat = gemini && capabilities.Chat && models is not null
            && models.Methods.Any(m => m.Name == "GenerateContentAsync") && models.Methods.Any(m => m.Name == "StreamGenerateContentAsync");
        var waitsForFiles = gemini && capabilities.Files && files is { ClassName: FilesResourceClass }
            && files.Methods.Any(m => m.Name == "GetAsync" && m.ResponseType == "File" && m.Parameters.Count == 1);
        return new ClientSpec(ns, name, rootUrl, document.ServicePath, HintNames.Client(ns, name), accessibility, document.Label, document.ApiName, written, patterns.ToEquatableArray())
        {
            SupportsChat = supportsChat,
            WaitsForFiles = waitsForFiles,
            // The session borrows the models resource's transport (its key and root URL).
            ConnectsLive = gemini && capabilities.Live && models is { ClassName: ModelsResourceClass },
            HostsFiles = supportsChat && waitsForFiles && capabilities.HostedFiles
                && files!.Methods.Any(m => m.Name == "ListAsync" && m.ResponseType == "ListFilesResponse" && m.Parameters.Select(p => p.Name).SequenceEqual(ListParameters))
                && files.Methods.Any(m => m.Name == "DeleteAsync" && m.Parameters.Count == 1)
                && resources.FirstOrDefault(r => r.WirePath == "media") is { } media
                && media.Methods.Any(m => m.Name == "UploadAsync" && m.Upload is not null && m.ResponseType == "CreateFileResponse" && m.Parameters.Count == 0),
        };
    }

    private List<ResourceSpec> BindResources(List<ResourceDescription> resources, string classPrefix, string wirePrefix, params string[] reserved)
    {
        var bound = new List<ResourceSpec>();
        var members = new NameScope(GeneratedNames.ReservedMemberNames.Concat(reserved).ToArray());
        // By name, not document order: Google reorders a document's members between revisions.
        foreach (var resource in resources.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var propertyName = Naming.ToPropertyName(resource.Name);
            var wirePath = wirePrefix + resource.Name;
            var methods = new List<MethodSpec>();
            var methodNames = new NameScope(GeneratedNames.ReservedMemberNames);
            var children = BindResources(resource.Resources, classPrefix + propertyName, wirePath + ".");
            foreach (var child in children)
            {
                methodNames.Claim(child.PropertyName);
            }

            foreach (var method in resource.Methods.OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                if (BindMethod(method, wirePath, methodNames) is { } spec)
                {
                    methods.Add(spec);
                }
            }

            if (methods.Count == 0 && children.Count == 0)
            {
                continue;
            }

            bound.Add(new ResourceSpec(
                members.Claim(propertyName),
                _classNames.Claim(classPrefix + propertyName + "Resource"),
                wirePath,
                methods.ToEquatableArray(),
                children.ToEquatableArray()));
        }

        return bound;
    }

    private MethodSpec? BindMethod(MethodDescription method, string resourcePath, NameScope methodNames)
    {
        var wireId = resourcePath + "." + method.Name;
        if (!IsCallableType(method.RequestRef, out var requestType) || !IsCallableType(method.ResponseRef, out var responseType))
        {
            return null;
        }

        if (!HttpToken.IsMatch(method.HttpMethod))
        {
            Report(method.Location, wireId, "'httpMethod' is not an HTTP method name; the method is skipped");
            return null;
        }

        var templated = PathVariable.Matches(method.Path).Cast<Match>().Select(m => m.Groups[2].Value).ToList();
        var pathParameters = method.Parameters.Where(p => p.InPath).ToList();
        if (templated.Distinct(StringComparer.Ordinal).Count() != templated.Count
            || templated.Count != pathParameters.Count
            || templated.Any(name => !pathParameters.Any(p => p.Name == name)))
        {
            Report(method.Location, wireId, "the path template's variables do not match the method's path parameters; the method is skipped");
            return null;
        }

        var names = method.MediaUpload is null
            ? new NameScope(GeneratedNames.RequestParameter, GeneratedNames.CancellationParameter)
            : new NameScope(
                GeneratedNames.RequestParameter, GeneratedNames.CancellationParameter, GeneratedNames.UploadContentParameter,
                GeneratedNames.UploadMimeTypeParameter, GeneratedNames.UploadMetadataParameter, GeneratedNames.UploadProgressParameter);
        var parameters = new List<ParameterSpec>();

        // Path parameters in template order, then required query parameters as the document orders
        // them, then optional ones by name: Google reorders a document's members between revisions.
        var ordered = templated.Select(name => pathParameters.First(p => p.Name == name))
            .Concat(method.Parameters.Where(p => !p.InPath && p.Required).OrderBy(p => IndexIn(method.ParameterOrder, p.Name)))
            .Concat(method.Parameters.Where(p => !p.InPath && !p.Required).OrderBy(p => p.Name, StringComparer.Ordinal));
        foreach (var parameter in ordered)
        {
            if (KindOf(parameter.Type) is not { } kind || (parameter.InPath && parameter.Repeated))
            {
                Report(parameter.Location, wireId + "." + parameter.Name, "this parameter type is not supported by the client; the method is skipped");
                return null;
            }

            var pattern = parameter.InPath ? CheckedPattern(parameter, wireId) : null;
            parameters.Add(new ParameterSpec(
                names.Claim(Identifiers.ToParameterName(Naming.ToPropertyName(parameter.Name))),
                parameter.Name,
                parameter.InPath,
                kind,
                parameter.InPath || parameter.Required,
                parameter.Repeated,
                pattern,
                pattern is null ? null : SingleCollection.Match(pattern) is { Success: true } single ? single.Groups[1].Value + "/" : null,
                parameter.Description));
        }

        var streams = method.Name.StartsWith("stream", StringComparison.Ordinal) && responseType is not null;
        return new MethodSpec(
            methodNames.Claim(Naming.ToPropertyName(method.Name) + "Async"),
            wireId,
            method.HttpMethod.ToUpperInvariant(),
            method.Path,
            PathSegments(method.Path, parameters),
            requestType,
            responseType,
            streams,
            method.Description,
            method.Deprecated,
            parameters.ToEquatableArray())
        {
            Upload = method.MediaUpload is { } upload ? BindUpload(upload, wireId, parameters, requestType is not null && responseType is not null && !streams) : null,
        };
    }

    /// <summary>
    /// The upload overload's facts, or null (CEG0015) when the document's <c>mediaUpload</c> cannot be used.
    /// Both protocols go to <c>protocols.simple.path</c> (else <c>resumable.path</c>): Google's docs and SDKs
    /// send resumable and multipart uploads alike there, naming the protocol in <c>X-Goog-Upload-Protocol</c>.
    /// </summary>
    private MediaUploadSpec? BindUpload(MediaUploadDescription upload, string wireId, List<ParameterSpec> parameters, bool hasBodyAndAnswer)
    {
        if (!hasBodyAndAnswer)
        {
            return ReportUpload(upload, wireId, "an upload needs a generated request type for its metadata and a generated response type");
        }

        var path = (upload.SimplePath ?? upload.ResumablePath!).TrimStart('/');
        var variables = PathVariable.Matches(path).Cast<Match>().Select(m => m.Groups[2].Value).ToList();
        var pathParameters = parameters.Where(p => p.InPath).Select(p => p.WireName).ToList();
        if (variables.Count != pathParameters.Count || variables.Except(pathParameters, StringComparer.Ordinal).Any())
        {
            return ReportUpload(upload, wireId, "the upload path's variables do not match the method's path parameters");
        }

        var maxSize = long.MaxValue;
        if (upload.MaxSize is { } text && !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out maxSize))
        {
            return ReportUpload(upload, wireId, "'maxSize' \"" + text + "\" is not a number of bytes");
        }

        if (upload.Accept.FirstOrDefault(a => !MimePattern.IsMatch(a)) is { } invalid)
        {
            return ReportUpload(upload, wireId, "'accept' holds \"" + invalid + "\", which is not a MIME type pattern");
        }

        var accept = upload.Accept.Count == 0 ? new[] { "*/*" } : upload.Accept.Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToArray();
        return new MediaUploadSpec(path, PathSegments(path, parameters), maxSize, accept.ToEquatableArray());
    }

    private MediaUploadSpec? ReportUpload(MediaUploadDescription upload, string wireId, string message)
    {
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMediaUpload, upload.Location, wireId, message));
        return null;
    }

    /// <summary>The path cut at its variables, each variable naming its parameter.</summary>
    private static EquatableArray<PathSegment> PathSegments(string path, List<ParameterSpec> parameters)
    {
        var segments = new List<PathSegment>();
        var at = 0;
        foreach (Match match in PathVariable.Matches(path))
        {
            if (match.Index > at)
            {
                segments.Add(PathSegment.Literal(path.Substring(at, match.Index - at)));
            }

            segments.Add(PathSegment.Variable(parameters.FindIndex(p => p.InPath && p.WireName == match.Groups[2].Value), reserved: match.Groups[1].Value == "+"));
            at = match.Index + match.Length;
        }

        if (at < path.Length)
        {
            segments.Add(PathSegment.Literal(path.Substring(at)));
        }

        return segments.ToEquatableArray();
    }

    /// <summary>
    /// Names each distinct path pattern (<c>Pattern0</c>, ...) in the order the client is written: a
    /// resource's methods, then its child resources. Binding goes children first, so this is a pass of its own.
    /// </summary>
    private static EquatableArray<ResourceSpec> NamePatterns(IEnumerable<ResourceSpec> resources, List<PatternSpec> patterns)
        => resources.Select(resource => resource with
        {
            Methods = resource.Methods.Select(method => method with { Parameters = method.Parameters.Select(p => NamePattern(p, patterns)).ToEquatableArray() }).ToEquatableArray(),
            Resources = NamePatterns(resource.Resources, patterns),
        }).ToEquatableArray();

    private static ParameterSpec NamePattern(ParameterSpec parameter, List<PatternSpec> patterns)
    {
        if (parameter.Pattern is not { } expression)
        {
            return parameter;
        }

        var pattern = patterns.FirstOrDefault(p => p.Expression == expression);
        if (pattern is null)
        {
            pattern = new PatternSpec("Pattern" + patterns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), expression);
            patterns.Add(pattern);
        }

        return parameter with { PatternName = pattern.Name };
    }

    /// <summary>True when the method can name the type: no body (null), or a generated object type.</summary>
    private bool IsCallableType(string? schemaId, out string? typeName)
    {
        typeName = null;
        return schemaId is null || _generatedObjects.TryGetValue(schemaId, out typeName);
    }

    private static int IndexIn(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The document's pattern when .NET reads it the same way; else the value goes unchecked (reported).</summary>
    private string? CheckedPattern(ParameterDescription parameter, string wireId)
    {
        if (parameter.Pattern is not { Length: > 0 } pattern)
        {
            return null;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return pattern;
        }
        catch (ArgumentException)
        {
            Report(parameter.Location, wireId + "." + parameter.Name, "the pattern is not a .NET regular expression; values are sent unchecked");
            return null;
        }
    }

    private static ParameterKind? KindOf(WireType type) => type.Kind switch
    {
        WireTypeKind.String or WireTypeKind.FieldMask or WireTypeKind.Timestamp or WireTypeKind.Duration or WireTypeKind.Bytes => ParameterKind.String,
        WireTypeKind.Inline when type.Inline?.Kind == SchemaKind.Enum => ParameterKind.String,
        WireTypeKind.Boolean => ParameterKind.Boolean,
        WireTypeKind.Int32 => ParameterKind.Int32,
        WireTypeKind.UInt32 => ParameterKind.UInt32,
        WireTypeKind.Int64 => ParameterKind.Int64,
        WireTypeKind.UInt64 => ParameterKind.UInt64,
        WireTypeKind.Float or WireTypeKind.Double => ParameterKind.Double,
        _ => null,
    };

    private void Report(LocationInfo location, string what, string message)
        => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, location, what, message));
}

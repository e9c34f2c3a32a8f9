using CodeExecGen.Generator.Helpers;

namespace CodeExecGen.Generator.Model;

/// <summary>
/// The typed REST client of one schema file, as Bind decided it: one class named after the document,
/// one nested class per resource, one method per REST method whose body and answer types are generated.
/// </summary>
internal sealed record ClientSpec(
    string Namespace,
    string Name,
    string RootUrl,
    string ServicePath,
    string HintName,
    string Accessibility,
    string? Source,
    string? Title,
    EquatableArray<ResourceSpec> Resources,
    EquatableArray<PatternSpec> Patterns)
{
    /// <summary>
    /// True for the Gemini client with <c>models.generateContent</c>, its stream and every type the
    /// <c>IChatClient</c> maps: it gets one when the project references Microsoft.Extensions.AI.
    /// </summary>
    public bool SupportsChat { get; init; }

    /// <summary>
    /// True for the Gemini client whose <c>files.get</c> answers a <c>File</c> with the state and error the
    /// file helpers read: its <c>FilesResource</c> gets <c>WaitUntilActiveAsync</c>.
    /// </summary>
    public bool WaitsForFiles { get; init; }

    /// <summary>
    /// True when, besides the chat client, the files resource can back a Microsoft.Extensions.AI
    /// <c>IHostedFileClient</c> (<c>files.get</c>, <c>files.list</c> and <c>files.delete</c>).
    /// </summary>
    public bool HostsFiles { get; init; }

    /// <summary>
    /// True for the Gemini client whose schemas carry the Live API messages (merged from the generator's Live
    /// document): it gets a <c>Live</c> property that opens WebSocket sessions.
    /// </summary>
    public bool ConnectsLive { get; init; }
}

/// <summary>A path pattern the client checks values against, named for its <c>Patterns</c> class: <c>Pattern0</c>.</summary>
internal sealed record PatternSpec(string Name, string Expression);

/// <summary>A resource: the property that reaches it (<c>Models</c>) and its class (<c>ModelsResource</c>).</summary>
internal sealed record ResourceSpec(
    string PropertyName,
    string ClassName,
    string WirePath,
    EquatableArray<MethodSpec> Methods,
    EquatableArray<ResourceSpec> Resources);

/// <summary>
/// A REST method. <see cref="Path"/> is the document's template (<c>v1beta/{+model}:generateContent</c>),
/// and <see cref="PathSegments"/> the same path cut into literal text and parameters;
/// <see cref="RequestType"/> and <see cref="ResponseType"/> are generated type names, null when the
/// method has no body or no answer. A <c>stream…</c> method reads Server-Sent Events (<c>alt=sse</c>).
/// </summary>
internal sealed record MethodSpec(
    string Name,
    string WireId,
    string HttpMethod,
    string Path,
    EquatableArray<PathSegment> PathSegments,
    string? RequestType,
    string? ResponseType,
    bool Streams,
    string? Description,
    bool Deprecated,
    EquatableArray<ParameterSpec> Parameters)
{
    /// <summary>The media upload the method also takes (<c>supportsMediaUpload</c>): it gets a second overload that sends bytes.</summary>
    public MediaUploadSpec? Upload { get; init; }
}

/// <summary>
/// A method's media upload: the path both upload protocols are sent to (the document's
/// <c>protocols.simple.path</c>, else <c>resumable.path</c>; relative to the root URL, no leading slash)
/// cut into <see cref="PathSegments"/> like the method's own, the largest size in bytes and the accepted
/// MIME type patterns (sorted).
/// </summary>
internal sealed record MediaUploadSpec(
    string Path,
    EquatableArray<PathSegment> PathSegments,
    long MaxSize,
    EquatableArray<string> Accept);

/// <summary>
/// A piece of a method's path: literal <see cref="Text"/>, or the value of the parameter at
/// <see cref="Parameter"/> in <see cref="MethodSpec.Parameters"/>, whose slashes are kept when
/// <see cref="Reserved"/> (<c>{+name}</c>, RFC 6570 reserved expansion) and escaped otherwise.
/// </summary>
internal sealed record PathSegment(string? Text, int Parameter = -1, bool Reserved = false)
{
    public static PathSegment Literal(string text) => new(text);

    public static PathSegment Variable(int parameter, bool reserved) => new(null, parameter, reserved);
}

/// <summary>What a parameter's value is in C#.</summary>
internal enum ParameterKind
{
    String,
    Boolean,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Double,
}

/// <summary>
/// A path or query parameter. <see cref="Pattern"/> is the document's regular expression for a path
/// value (checked before a request is sent), <see cref="PatternName"/> its name in the client's
/// <see cref="ClientSpec.Patterns"/>; <see cref="BarePrefix"/> (<c>models/</c>) is put before a
/// bare id such as <c>gemini-2.5-flash</c> when the pattern names a single collection.
/// </summary>
internal sealed record ParameterSpec(
    string Name,
    string WireName,
    bool InPath,
    ParameterKind Kind,
    bool Required,
    bool Repeated,
    string? Pattern,
    string? BarePrefix,
    string? Description)
{
    public string? PatternName { get; init; }
}

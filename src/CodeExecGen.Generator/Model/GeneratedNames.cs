namespace CodeExecGen.Generator.Model;

/// <summary>
/// The fixed names generated code uses, which Bind must keep free and emitters must write: defined
/// once here so the two can never disagree.
/// </summary>
internal static class GeneratedNames
{
    public const string Public = "public";

    public const string Internal = "internal";

    /// <summary>The property holding unknown JSON.</summary>
    public const string ExtensionData = "ExtensionData";

    /// <summary>The namespace beside the models that holds the converters.</summary>
    public const string SerializationNamespace = "Serialization";

    public const string ConverterSuffix = "Converter";

    public const string JsonNameFieldSuffix = "Name";

    /// <summary>The runtime assembly's namespace, where the Google value types, the errors and the attributes are.</summary>
    public const string RuntimeNamespace = RuntimeNames.Namespace;

    public const string Timestamp = "global::" + RuntimeNamespace + ".GoogleTimestamp";

    public const string Duration = "global::" + RuntimeNamespace + ".GoogleDuration";

    public const string Bytes = "global::" + RuntimeNamespace + ".GoogleBytes";

    public const string CodeExecutionStep = "CodeExecutionStep";

    public const string GenerateContentAccumulator = "GenerateContentAccumulator";

    /// <summary>The runtime's error types and the HTTP exchange with its query builder, which the clients use.</summary>
    public const string ApiException = "global::" + RuntimeNamespace + ".GoogleApiException";

    public const string StreamInterruptedException = "global::" + RuntimeNamespace + ".GoogleStreamInterruptedException";

    public const string ApiTransport = "global::" + RuntimeNamespace + ".Http.ApiTransport";

    public const string ApiQuery = "global::" + RuntimeNamespace + ".Http.ApiQuery";

    /// <summary>The Microsoft.Extensions.AI chat client over the Gemini client, and its part mapping.</summary>
    public const string ChatClient = "GeminiChatClient";

    public const string ChatMapping = "GeminiChatMapping";

    /// <summary>The Microsoft.Extensions.AI hosted file client over the Gemini client's files resource.</summary>
    public const string HostedFileClient = "GeminiHostedFileClient";

    /// <summary>What <c>WaitUntilActiveAsync</c> throws for a file that failed processing.</summary>
    public const string FileProcessingException = nameof(FileProcessingException);

    /// <summary>The one backing field of a union's members, and the field saying which member it holds.</summary>
    public const string UnionValueField = "_unionValue";

    public const string UnionKindField = "_unionKind";

    /// <summary>The parameters every client method has, which path and query parameters must not take.</summary>
    public const string RequestParameter = "request";

    public const string CancellationParameter = "cancellationToken";

    /// <summary>The parameters of an upload overload, which a method that uploads keeps free too.</summary>
    public const string UploadContentParameter = "content";

    public const string UploadMimeTypeParameter = "mimeType";

    public const string UploadMetadataParameter = "metadata";

    public const string UploadProgressParameter = "progress";

    /// <summary>The client property holding the upload options, when the client has an upload overload.</summary>
    public const string UploadOptionsProperty = "UploadOptions";

    public const string MediaUploadLimits = "global::" + RuntimeNamespace + ".Http.MediaUploadLimits";

    public const string MediaUploadOptions = "global::" + RuntimeNamespace + ".Http.MediaUploadOptions";

    public const string MediaUploadException = "global::" + RuntimeNamespace + ".Http.MediaUploadException";

    /// <summary>The overlay's factories: <c>Tool.ForCodeExecution()</c>.</summary>
    public const string FactoryPrefix = "For";

    /// <summary>Names the schema's own types must not take: the helpers generated beside them, and the serialization namespace.</summary>
    public static readonly string[] ReservedTypeNames =
    {
        SerializationNamespace, CodeExecutionStep, CodeExecutionStep + "Builder", GenerateContentAccumulator, ChatClient, ChatClient + "Extensions", ChatMapping,
        HostedFileClient, HostedFileClient + "Extensions", FileProcessingException,
    };

    /// <summary>Members every class inherits from object, and the extension data: a property of that name would hide or clash.</summary>
    public static readonly string[] ReservedMemberNames =
    {
        "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString", "Finalize", ExtensionData,
    };
}

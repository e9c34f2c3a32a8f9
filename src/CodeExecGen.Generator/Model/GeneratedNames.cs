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

    public const string Timestamp = "GoogleTimestamp";

    public const string Duration = "GoogleDuration";

    public const string Bytes = "GoogleBytes";

    public const string CodeExecutionStep = "CodeExecutionStep";

    public const string GenerateContentAccumulator = "GenerateContentAccumulator";

    /// <summary>The client's helpers: the error types (one file) and the HTTP exchange with its query builder.</summary>
    public const string ApiException = "GoogleApiException";

    public const string ApiTransport = "ApiTransport";

    /// <summary>The Microsoft.Extensions.AI chat client over the Gemini client, and its part mapping.</summary>
    public const string ChatClient = "GeminiChatClient";

    public const string ChatMapping = "GeminiChatMapping";

    /// <summary>The type whose presence in the compilation turns the chat client on (Microsoft.Extensions.AI.Abstractions 10.6 or newer).</summary>
    public const string ChatAbstractionsProbe = "Microsoft.Extensions.AI.CodeInterpreterToolCallContent";

    /// <summary>The one backing field of a union's members, and the field saying which member it holds.</summary>
    public const string UnionValueField = "_unionValue";

    public const string UnionKindField = "_unionKind";

    /// <summary>The parameters every client method has, which path and query parameters must not take.</summary>
    public const string RequestParameter = "request";

    public const string CancellationParameter = "cancellationToken";

    /// <summary>The overlay's factories: <c>Tool.ForCodeExecution()</c>.</summary>
    public const string FactoryPrefix = "For";

    /// <summary>Names the schema's own types must not take: the helpers, and the serialization namespace.</summary>
    public static readonly string[] ReservedTypeNames =
    {
        Timestamp, Duration, Bytes, SerializationNamespace, CodeExecutionStep, GenerateContentAccumulator,
        ApiException, "GoogleRpcStatus", "GoogleRetryInfo", "GoogleQuotaFailure", "GoogleErrorInfo", "GoogleBadRequest", "GoogleStreamInterruptedException",
        ApiTransport, "ApiQuery", ChatClient, ChatMapping,
    };

    /// <summary>Members every class inherits from object, and the extension data: a property of that name would hide or clash.</summary>
    public static readonly string[] ReservedMemberNames =
    {
        "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString", "Finalize", ExtensionData,
    };
}

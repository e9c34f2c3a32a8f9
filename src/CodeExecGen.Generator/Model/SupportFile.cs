using System;

namespace CodeExecGen.Generator.Model;

/// <summary>
/// A hand-written helper file (Emit/Support/{Name}.cs, embedded in the generator) that each generated
/// namespace gets its own copy of, because it names that namespace's types; what names none is in the runtime.
/// <see cref="IsCarried"/> says whether the schema's types can carry it.
/// </summary>
internal sealed record SupportFile(string Name, bool InSerializationNamespace, Func<SchemaCapabilities, bool> IsCarried)
{
    /// <summary>Every helper file, in emission order.</summary>
    public static readonly SupportFile[] All =
    {
        new("ModelJson", true, static _ => true),
        new("CodeExecutionSteps", false, static c => c.CodeExecution),
        new(GeneratedNames.GenerateContentAccumulator, false, static c => c.CodeExecution),
        new("FileParts", false, static c => c.Files),
        new("BlobSaving", false, static c => c.BlobSaving),
    };

    /// <summary>The client's helper for <c>files.get</c>, written with the client (it extends a resource class).</summary>
    public const string FileActivation = nameof(FileActivation);

    /// <summary>The client's Live API sessions, written with the client (it extends the client and its models resource).</summary>
    public const string LiveSession = nameof(LiveSession);
}

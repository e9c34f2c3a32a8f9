namespace CodeExecGen.Generator.Model;

/// <summary>
/// A hand-written helper file (Emit/Support/{Name}.cs, embedded in the generator) that each generated
/// namespace gets its own copy of, so two projects using the generator never define the same public type.
/// </summary>
internal sealed record SupportFile(string Name, bool InSerializationNamespace, bool NeedsCodeExecution, bool NeedsClient = false)
{
    /// <summary>Every helper file, in emission order.</summary>
    public static readonly SupportFile[] All =
    {
        new(GeneratedNames.Timestamp, false, false),
        new(GeneratedNames.Duration, false, false),
        new(GeneratedNames.Bytes, false, false),
        new("JsonRuntime", true, false),
        new("ModelJson", true, false),
        new("CodeExecutionSteps", false, true),
        new(GeneratedNames.GenerateContentAccumulator, false, true),
        new(GeneratedNames.ApiException, false, false, NeedsClient: true),
        new(GeneratedNames.ApiTransport, false, false, NeedsClient: true),
    };
}

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
        new("ModelJson", true, false),
        new("CodeExecutionSteps", false, true),
        new(GeneratedNames.GenerateContentAccumulator, false, true),
    };
}

namespace CodeExecGen.Generator.Model;

/// <summary>
/// A hand-written helper file (Emit/Support/{Name}.cs, embedded in the generator) that each generated
/// namespace gets its own copy of, because it names that namespace's types; what names none is in the runtime.
/// </summary>
internal sealed record SupportFile(string Name, bool InSerializationNamespace, bool NeedsCodeExecution)
{
    /// <summary>Every helper file, in emission order.</summary>
    public static readonly SupportFile[] All =
    {
        new("ModelJson", true, false),
        new("CodeExecutionSteps", false, true),
        new(GeneratedNames.GenerateContentAccumulator, false, true),
    };
}

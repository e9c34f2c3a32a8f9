namespace CodeExecGen;

/// <summary>
/// The function-tool attribute, as the generator writes it and the analyzers find it: linked into both,
/// so the two cannot disagree.
/// </summary>
internal static class FunctionNames
{
    public const string AttributeNamespace = RuntimeNames.Namespace;

    public const string AttributeName = "GeminiFunctionAttribute";

    public const string AttributeMetadataName = AttributeNamespace + "." + AttributeName;

    /// <summary>The attribute's named argument that overrides the method's name.</summary>
    public const string NameArgument = "Name";
}

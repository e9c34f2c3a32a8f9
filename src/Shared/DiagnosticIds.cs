namespace CodeExecGen;

/// <summary>
/// Every CodeExecGen diagnostic ID: the generator's (CEG0xxx, CEG2xxx) and the analyzers' (CEG1xxx,
/// CEG2007). Linked into both, so one number can never mean two things.
/// </summary>
internal static class DiagnosticIds
{
    // Schemas and options: the generator.
    public const string InvalidJson = "CEG0001";
    public const string UnrecognizedDocument = "CEG0002";
    public const string DanglingReference = "CEG0003";
    public const string NameCollisionResolved = "CEG0004";
    public const string UnsupportedConstruct = "CEG0005";
    public const string InvalidNamespace = "CEG0006";
    public const string DuplicateNamespace = "CEG0007";
    public const string InvalidOverlay = "CEG0008";
    public const string OverlayMismatch = "CEG0009";
    public const string OverlayNotFound = "CEG0010";
    public const string LanguageVersionTooLow = "CEG0011";
    public const string InvalidOption = "CEG0012";
    public const string UnknownRootType = "CEG0013";
    public const string PrecompiledSettingIgnored = "CEG0014";
    public const string InvalidMediaUpload = "CEG0015";
    public const string LiveSchemaClash = "CEG0016";

    // Guarded members and code-execution parts: the analyzers.
    public const string UncheckedGuardedRead = "CEG1001";
    public const string PartialGuardCheck = "CEG1002";
    public const string DroppedCodeExecutionResult = "CEG1003";
    public const string UncoveredGuardedRead = "CEG1004";

    // Function tools ([GeminiFunction] methods): the generator, but CEG2007 (an analyzer).
    public const string UnsupportedFunctionType = "CEG2001";
    public const string DuplicateFunctionName = "CEG2002";
    public const string InvalidFunctionName = "CEG2003";
    public const string MissingFunctionDescription = "CEG2004";
    public const string FunctionClassNotPartial = "CEG2005";
    public const string NoGeminiContracts = "CEG2006";
    public const string UnknownFunctionName = "CEG2007";
    public const string GeneratedMemberClash = "CEG2008";
}

/// <summary>The keys of what an analyzer diagnostic carries for its code fix.</summary>
internal static class DiagnosticProperties
{
    // CEG1001, CEG1002, CEG1004.
    public const string Guard = "guard";
    public const string Success = "success";
    public const string Enum = "enum";
    public const string Receiver = "receiver";
    public const string Guarded = "guarded";
    public const string TryGet = "tryGet";

    /// <summary>CEG2007: the declared function name nearest to the unknown one.</summary>
    public const string SuggestedName = "SuggestedName";
}

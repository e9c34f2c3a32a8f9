namespace CodeExecGen.Generator.Diagnostics;

/// <summary>Every generator diagnostic ID. Analyzer IDs (CEG1xxx) live with the analyzers.</summary>
internal static class DiagnosticIds
{
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

    // Function tools ([GeminiFunction] methods): CEG2xxx.
    public const string UnsupportedFunctionType = "CEG2001";
    public const string DuplicateFunctionName = "CEG2002";
    public const string InvalidFunctionName = "CEG2003";
    public const string MissingFunctionDescription = "CEG2004";
    public const string FunctionClassNotPartial = "CEG2005";
    public const string NoGeminiContracts = "CEG2006";
    public const string GeneratedMemberClash = "CEG2008";
}

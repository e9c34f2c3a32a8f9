using Microsoft.CodeAnalysis;

namespace CodeExecGen.Generator.Diagnostics;

/// <summary>The one table of generator diagnostics. Each has a docs page under docs/diagnostics/.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "CodeExecGen.Schema";

    public static readonly DiagnosticDescriptor InvalidJson = Create(
        DiagnosticIds.InvalidJson,
        "Schema file is not valid JSON",
        "The schema file is not valid JSON: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnrecognizedDocument = Create(
        DiagnosticIds.UnrecognizedDocument,
        "Schema file is not a recognised document format",
        "The schema file is not a Google Discovery document: {0}",
        DiagnosticSeverity.Error);

    // Info, not Warning: Google's own document has a dangling reference (Part.mediaResolution) that a
    // user cannot fix, and it must not break a warnings-as-errors build. Raise it in .editorconfig.
    public static readonly DiagnosticDescriptor DanglingReference = Create(
        DiagnosticIds.DanglingReference,
        "Reference to an undefined schema",
        "'{0}' refers to schema '{1}', which the document does not define; the property is typed System.Text.Json.JsonElement",
        DiagnosticSeverity.Info);

    // Info: the real document has collisions that generation resolves the same way every time.
    public static readonly DiagnosticDescriptor NameCollisionResolved = Create(
        DiagnosticIds.NameCollisionResolved,
        "Generated name collision resolved",
        "{0} '{1}' would be named '{2}', which is already taken; it is named '{3}' instead",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        DiagnosticIds.UnsupportedConstruct,
        "Unsupported schema construct",
        "'{0}': {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        DiagnosticIds.InvalidNamespace,
        "CodeExecGenNamespace is not a valid C# namespace",
        "CodeExecGenNamespace '{0}' is not a valid C# namespace; using '{1}'",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateNamespace = Create(
        DiagnosticIds.DuplicateNamespace,
        "Two schemas generate into the same namespace",
        "Schema files '{0}' and '{1}' both generate into namespace '{2}'; give one of them another CodeExecGenNamespace",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOverlay = Create(
        DiagnosticIds.InvalidOverlay,
        "Overlay file cannot be read",
        "The overlay file is not valid: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OverlayMismatch = Create(
        DiagnosticIds.OverlayMismatch,
        "Overlay entry does not match the schema",
        "Overlay entry ignored: {0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor OverlayNotFound = Create(
        DiagnosticIds.OverlayNotFound,
        "Overlay file not found",
        "CodeExecGenOverlay names '{0}', which is not an AdditionalFiles item of this project",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        DiagnosticIds.LanguageVersionTooLow,
        "C# 11 or newer is required",
        "The code generated from '{0}' needs C# 11 or newer (it uses UTF-8 string literals); this project uses C# {1}. Nothing is generated from it.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        DiagnosticIds.InvalidOption,
        "CodeExecGen option has an unknown value",
        "{0} is '{1}', which is not one of {2}; {3} is used",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownRootType = Create(
        DiagnosticIds.UnknownRootType,
        "Root type is not a schema of the document",
        "The root type '{0}' is not a schema of '{1}'; it is ignored",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PrecompiledSettingIgnored = Create(
        DiagnosticIds.PrecompiledSettingIgnored,
        "A setting does not apply to the precompiled Gemini contracts",
        "The project uses the package's precompiled Gemini contracts (CodeExecGen.Gemini), which {0} does not change; set CodeExecGenContracts=generated to generate the contracts in the project with it",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidMediaUpload = Create(
        DiagnosticIds.InvalidMediaUpload,
        "A method's mediaUpload cannot be read",
        "'{0}': {1}; the method gets no upload overload",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LiveSchemaClash = Create(
        DiagnosticIds.LiveSchemaClash,
        "A Live API message has the id of a schema of the document",
        "The Gemini document already defines schema '{0}', which the Live API messages also define; the document's schema is kept",
        DiagnosticSeverity.Warning);

    private const string FunctionCategory = "CodeExecGen.Functions";

    public static readonly DiagnosticDescriptor UnsupportedFunctionType = Create(
        DiagnosticIds.UnsupportedFunctionType,
        "A function tool cannot bind this type",
        "{0} of function '{1}' has type '{2}', which a function tool cannot bind: {3}; the function is left out",
        DiagnosticSeverity.Error,
        FunctionCategory);

    public static readonly DiagnosticDescriptor DuplicateFunctionName = Create(
        DiagnosticIds.DuplicateFunctionName,
        "Two functions of one tool have the same name",
        "The function name '{0}' is used by '{1}' and '{2}'; the second is left out",
        DiagnosticSeverity.Error,
        FunctionCategory);

    public static readonly DiagnosticDescriptor InvalidFunctionName = Create(
        DiagnosticIds.InvalidFunctionName,
        "Function name outside the API's rule",
        "The function name '{0}' does not match ^[a-zA-Z_][a-zA-Z0-9_.:-]{{0,127}}$; the function is left out",
        DiagnosticSeverity.Error,
        FunctionCategory);

    public static readonly DiagnosticDescriptor MissingFunctionDescription = Create(
        DiagnosticIds.MissingFunctionDescription,
        "Function without a description",
        "The function '{0}' has no description; the model chooses functions by their descriptions",
        DiagnosticSeverity.Warning,
        FunctionCategory);

    public static readonly DiagnosticDescriptor FunctionClassNotPartial = Create(
        DiagnosticIds.FunctionClassNotPartial,
        "A function tool's class must be partial",
        "'{0}' declares [GeminiFunction] methods but is not partial (nor is every type it is nested in); nothing is generated for it",
        DiagnosticSeverity.Error,
        FunctionCategory);

    public static readonly DiagnosticDescriptor NoGeminiContracts = Create(
        DiagnosticIds.NoGeminiContracts,
        "Function tools need the Gemini contracts",
        "'{0}' declares [GeminiFunction] methods, but the project generates no Gemini contracts (FunctionCall, Part, Tool); nothing is generated for it",
        DiagnosticSeverity.Error,
        FunctionCategory);

    public static readonly DiagnosticDescriptor GeneratedMemberClash = Create(
        DiagnosticIds.GeneratedMemberClash,
        "A member has a name the function tool generates",
        "'{0}' declares [GeminiFunction] methods, and {1} '{2}', a name the generator adds to a function tool ({3}); rename it. Nothing is generated for '{0}'.",
        DiagnosticSeverity.Error,
        FunctionCategory);

    public static readonly DiagnosticDescriptor[] All =
    {
        InvalidJson, UnrecognizedDocument, DanglingReference, NameCollisionResolved,
        UnsupportedConstruct, InvalidNamespace, DuplicateNamespace, InvalidOverlay,
        OverlayMismatch, OverlayNotFound, LanguageVersionTooLow, InvalidOption, UnknownRootType, PrecompiledSettingIgnored, InvalidMediaUpload,
        LiveSchemaClash,
        UnsupportedFunctionType, DuplicateFunctionName, InvalidFunctionName, MissingFunctionDescription, FunctionClassNotPartial, NoGeminiContracts,
        GeneratedMemberClash,
    };

    public static DiagnosticDescriptor ById(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return UnsupportedConstruct;
    }

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string category = Category)
        => new(
            id,
            title,
            message,
            category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: "https://github.com/codeexecgen/codeexecgen/blob/main/docs/diagnostics/" + id + ".md");
}

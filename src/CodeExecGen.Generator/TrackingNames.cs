namespace CodeExecGen.Generator;

/// <summary>Names of the pipeline steps, so tests can assert why each one ran.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string SchemaInputs = nameof(SchemaInputs);
    public const string ParsedSchemas = nameof(ParsedSchemas);
    public const string Models = nameof(Models);
    public const string EmittedModels = nameof(EmittedModels);
    public const string Diagnostics = nameof(Diagnostics);
    public const string SupportFiles = nameof(SupportFiles);
    public const string Types = nameof(Types);
    public const string Resolvers = nameof(Resolvers);
    public const string Clients = nameof(Clients);
    public const string FunctionMethods = nameof(FunctionMethods);
    public const string FunctionNamespace = nameof(FunctionNamespace);
    public const string FunctionTools = nameof(FunctionTools);
    public const string FunctionToolSpecs = nameof(FunctionToolSpecs);
    public const string References = nameof(References);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string SkippedPaths = nameof(SkippedPaths);
    public const string NamespaceConflicts = nameof(NamespaceConflicts);
}

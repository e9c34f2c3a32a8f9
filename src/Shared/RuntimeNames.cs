namespace CodeExecGen;

/// <summary>The runtime assembly's namespace, where the attributes users apply and the types generated code calls live.</summary>
internal static class RuntimeNames
{
    public const string Namespace = "CodeExecGen";
}

using System.Collections.Generic;

namespace CodeExecGen;

/// <summary>
/// The [GuardedBy] attribute and the names of the checked accessors a guard adds (<c>IsOk</c>,
/// <c>TryGetOutput</c>). Linked into the generator, which writes them, and the analyzers, which
/// recognise them: one rule, compiled twice.
/// </summary>
internal static class GuardNames
{
    public const string AttributeNamespace = RuntimeNames.Namespace;

    public const string AttributeName = ShortAttributeName + "Attribute";

    public const string AttributeMetadataName = AttributeNamespace + "." + AttributeName;

    /// <summary>The attribute as generated code applies it: <c>[global::CodeExecGen.GuardedBy(...)]</c>.</summary>
    public const string AttributeUsage = "global::" + AttributeNamespace + "." + ShortAttributeName;

    private const string ShortAttributeName = "GuardedBy";

    public static string CheckName(IReadOnlyList<string> successMembers) => successMembers.Count == 1 ? "Is" + successMembers[0] : "IsSuccess";

    public static string TryGetName(string guardedMember) => "TryGet" + guardedMember;
}

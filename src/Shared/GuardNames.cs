using System.Collections.Generic;

namespace CodeExecGen;

/// <summary>
/// The names of the checked accessors a guard adds (<c>IsOk</c>, <c>TryGetOutput</c>). Linked into the
/// generator, which writes them, and the analyzers, which recognise them: one rule, compiled twice.
/// </summary>
internal static class GuardNames
{
    public static string CheckName(IReadOnlyList<string> successMembers) => successMembers.Count == 1 ? "Is" + successMembers[0] : "IsSuccess";

    public static string TryGetName(string guardedMember) => "TryGet" + guardedMember;
}

/// <summary>The keys of what a CEG1001/CEG1002 diagnostic carries for its code fixes.</summary>
internal static class DiagnosticProperties
{
    public const string Guard = "guard";
    public const string Success = "success";
    public const string Enum = "enum";
    public const string Receiver = "receiver";
    public const string Guarded = "guarded";
    public const string TryGet = "tryGet";
}

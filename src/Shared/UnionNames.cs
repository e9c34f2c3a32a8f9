namespace CodeExecGen;

/// <summary>
/// What a union (a proto oneof) adds, named after its type and members: the generator writes these
/// names and the analyzers look for them (CEG1003 finds a part visitor by its <c>Visit…</c> methods).
/// </summary>
internal static class UnionNames
{
    /// <summary>The property saying which member is set; also the suffix of its enum (<c>PartKind</c>).</summary>
    public const string Kind = "Kind";

    public const string Accept = "Accept";

    public static string KindEnum(string type) => type + Kind;

    public static string VisitorInterface(string type) => "I" + VisitorBase(type);

    public static string VisitorBase(string type) => type + "Visitor";

    /// <summary>The visitor method of a member: <c>VisitText</c>.</summary>
    public static string Visit(string member) => "Visit" + member;

    /// <summary>The factory a member gets: <c>FromText</c>.</summary>
    public static string Factory(string member) => "From" + member;
}

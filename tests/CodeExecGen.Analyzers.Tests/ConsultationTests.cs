using System.Threading.Tasks;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Analyzers.Tests;

/// <summary>
/// The round-three rules (issue 22): CEG1001 asks whether the method consults that value's outcome at all,
/// CEG1002 whether it does so only lossily, CEG1004 whether the check reaches the use. Every rule that
/// silences a use has its twin that must still warn.
/// </summary>
public class ConsultationTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // The hand-written case: a switch-expression arm labels the output as a failure.
        { "switch arm labels the failure", "string? M(CodeExecutionResult r) => r switch { { Outcome: O.Failed } => \"fail: \" + r.Output, { Outcome: O.Ok } => r.Output, _ => null };" },
        { "switch sections without a success section", "void M(CodeExecutionResult r) { switch (r) { case { Outcome: O.Failed }: Show(\"fail: \" + r.Output); break; default: Show({|CEG1002:r.Output|}); break; } }" },

        // Labels anywhere in the method: a record filled over several statements, through a helper.
        { "record filled over statements", "Dictionary<string, object?> M(CodeExecutionResult r) { var d = new Dictionary<string, object?>(); d[\"output\"] = r.Output; d[\"status\"] = r.Outcome.ToString(); return d; }" },
        { "record filled without the outcome", "Dictionary<string, object?> M(CodeExecutionResult r) { var d = new Dictionary<string, object?>(); d[\"output\"] = {|CEG1001:r.Output|}; d[\"id\"] = r.Id; return d; }" },
        { "helper puts the outcome in the record", "Dictionary<string, object?> M(CodeExecutionResult r) { var d = new Dictionary<string, object?> { [\"output\"] = r.Output }; AddStatus(d, r); return d; } static void AddStatus(Dictionary<string, object?> d, CodeExecutionResult r) => d[\"status\"] = r.Outcome.ToString();" },
        { "helper that only reads the id", "Dictionary<string, object?> M(CodeExecutionResult r) { var d = new Dictionary<string, object?> { [\"output\"] = {|CEG1001:r.Output|} }; AddId(d, r); return d; } static void AddId(Dictionary<string, object?> d, CodeExecutionResult r) => d[\"id\"] = r.Id;" },
        { "builder gets a marker", "string M(CodeExecutionResult r) { var sb = new System.Text.StringBuilder(); sb.AppendLine(r.Output); sb.AppendLine(r.IsOk ? \"ok\" : \"failed\"); return sb.ToString(); }" },
        { "error set on the failure path in a loop", "string M(List<Part> parts) { string? error = null; var outputs = new List<string?>(); foreach (var p in parts) { if (p.CodeExecutionResult is not { } r) continue; if (r.Outcome != O.Ok) error = r.Output; else outputs.Add(r.Output); } return error ?? string.Join(\"\\n\", outputs); }" },

        // The outcome printed on its own is not a label; the outcome in a collection is.
        { "outcome printed apart", "void M(CodeExecutionResult r) { Console.WriteLine(\"Outcome: \" + r.Outcome); Console.WriteLine({|CEG1001:r.Output|}); }" },
        { "outcome added to the same list", "List<string?> M(CodeExecutionResult r) { var lines = new List<string?>(); lines.Add(\"outcome: \" + r.Outcome); lines.Add(r.Output); return lines; }" },
        { "outcome only among extras", "CodeInterpreterToolResultContent M(CodeExecutionResult r) => new(\"id\") { Outputs = [new TextContent({|CEG1001:r.Output|})], AdditionalProperties = new() { [\"outcome\"] = r.Outcome.ToString() } };" },

        // Lossy: the whole condition, the branch a label is set on, a derived code.
        { "present and not ok", "Msg M(CodeExecutionResult r) { string? error = null; if (r.Outcome is not null && r.Outcome != O.Ok) error = r.Outcome.ToString(); return new Msg(error is not null, {|CEG1002:r.Output|}); }" },
        { "not ok, null included", "Msg M(CodeExecutionResult r) { string? error = null; if (r.Outcome != O.Ok) error = r.Outcome.ToString(); return new Msg(error is not null, r.Output); }" },
        { "copy tested for failures only", "string? M(CodeExecutionResult r) { var text = r.Output ?? \"\"; var outcome = r.Outcome; if (outcome is not (null or O.Unspecified or O.Ok)) text = $\"[{outcome}] {text}\"; return {|CEG1002:text|}; }" },
        { "copy tested for success", "string? M(CodeExecutionResult r) { var text = r.Output ?? \"\"; var outcome = r.Outcome; if (outcome is not O.Ok) text = $\"[{outcome}] {text}\"; return text; }" },
        { "derived code maps null to ok", "Dictionary<string, object?> M(CodeExecutionResult r) { int code; if (r.Outcome is null) code = 1; else if (r.Outcome == O.Ok) code = 1; else code = 2; return new() { [\"output\"] = {|CEG1002:r.Output|}, [\"code\"] = code }; }" },
        { "derived code separates ok", "Dictionary<string, object?> M(CodeExecutionResult r) { int code; if (r.Outcome == O.Ok) code = 1; else code = 2; return new() { [\"output\"] = r.Output, [\"code\"] = code }; }" },

        // Values, not names.
        { "foreach variable checked", "void M(List<CodeExecutionResult> rs) { foreach (var r in rs) { if (r.IsOk) Show(r.Output); } }" },
        { "where then select over elements", "IEnumerable<string?> M(List<CodeExecutionResult> rs) => rs.Where(r => r.IsOk).Select(x => x.Output);" },
        { "first matching element", "string? M(List<CodeExecutionResult> rs) => rs.First(r => r.Outcome == O.Ok).Output;" },
        { "select over another list", "IEnumerable<string?> M(List<CodeExecutionResult> a, List<CodeExecutionResult> b) { if (a.All(r => r.IsOk)) { } return b.Select(x => {|CEG1001:x.Output|}); }" },
        { "alias of the chain", "void M(Part p) { var cr = p.CodeExecutionResult; if (p.CodeExecutionResult?.Outcome == O.Ok) Show(cr!.Output); }" },
        { "parameter reassigned after the read of its outcome", "void M(CodeExecutionResult r) { var o = r.Outcome; r = Get(); Emit(o, {|CEG1001:r.Output|}); }" },
        { "local assigned on both branches", "void M(CodeExecutionResult a, CodeExecutionResult b) { CodeExecutionResult r; if (_flag) r = a; else r = b; if (r.IsOk) Show(r.Output); }" },

        // The labelled shapes of the CEG1001 page, as written there.
        { "heading in the same markup (an interpolated-string handler)", "string M(CodeExecutionResult r) { var html = new System.Text.StringBuilder(); html.Append($\"<h5>Outcome: {r.Outcome}</h5><pre>{r.Output}</pre>\"); return html.ToString(); }" },
        { "markup without the outcome", "string M(CodeExecutionResult r) { var html = new System.Text.StringBuilder(); html.Append($\"<h5>Result {r.Id}</h5><pre>{{|CEG1001:r.Output|}}</pre>\"); return html.ToString(); }" },
        { "two arms wrap the output", "string? M(CodeExecutionResult r) => r.Outcome == O.Ok ? r.Output : $\"Error: {r.Output}\";" },
        { "error flag through ?. in one initializer", "ToolResult M(Part part) => new ToolResult { Outcome = part.CodeExecutionResult?.Outcome, Output = part.CodeExecutionResult?.Output };" },
        { "locals transformed before one interpolation", "void M(CodeExecutionResult r) { var outcome = r.Outcome.ToString().Replace(\"OUTCOME_\", \"\"); var output = r.Output?.Substring(0, 60); Console.WriteLine($\"[{outcome}] {output}\"); }" },
        { "the output transformed, no outcome", "void M(CodeExecutionResult r) { var output = r.Output?.Substring(0, 60); Console.WriteLine($\"[{r.Id}] {{|CEG1001:output|}}\"); }" },

        // Presence and size are not uses.
        { "type test", "bool M(CodeExecutionResult r) => r.Output is string;" },
        { "size shown", "void M(CodeExecutionResult r) => Console.WriteLine(r.Output?.Length);" },
        { "token count by a helper", "int M(CodeExecutionResult r) => CountTokens(r.Output ?? \"\"); static int CountTokens(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;" },
        { "a helper that returns the text", "string M(CodeExecutionResult r) => Quote({|CEG1001:r.Output|} ?? \"\"); static string Quote(string text) => \"> \" + text;" },
        { "a helper that shows the text and counts", "int M(CodeExecutionResult r) => ShowAndCount({|CEG1001:r.Output|} ?? \"\"); static int ShowAndCount(string text) { Console.WriteLine(text); return text.Length; }" },
    };

    /// <summary>
    /// CEG1004's sink convention (the flow): a use is covered when the same sink showed the outcome on every path
    /// before it, or shows it in the very next statement; each with its twin on another sink, which is reported.
    /// </summary>
    public static TheoryData<string, string> SinkCases => new()
    {
        { "same sink showed the outcome before", "void M(CodeExecutionResult r) { if (r.IsOk) Show(r.Output); Console.WriteLine(r.Outcome); Console.WriteLine(r.Output); }" },
        { "another sink showed the outcome before", "void M(CodeExecutionResult r) { if (r.IsOk) Show(r.Output); Console.Error.WriteLine(r.Outcome); Console.WriteLine({|CEG1004:r.Output|}); }" },
        { "same sink shows the outcome next", "void M(CodeExecutionResult r) { if (r.IsOk) Show(r.Output); Console.WriteLine(r.Output); Console.WriteLine(r.Outcome); }" },
        { "another sink shows the outcome next", "void M(CodeExecutionResult r) { if (r.IsOk) Show(r.Output); Console.WriteLine({|CEG1004:r.Output|}); Console.Error.WriteLine(r.Outcome); }" },
        { "same sink shows another value's outcome next", "void M(CodeExecutionResult r, CodeExecutionResult other) { if (r.IsOk) Show(r.Output); Console.WriteLine({|CEG1004:r.Output|}); Console.WriteLine(other.Outcome); }" },
    };

    [Theory]
    [MemberData(nameof(SinkCases))]
    public Task Sink_convention_of_the_flow(string name, string member)
    {
        _ = name;
        return Verify.Analyzer<GuardedMemberAnalyzer>(Infrastructure.Cases.InClass(member));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Judged_as_marked(string name, string member)
    {
        _ = name;
        // CEG1004 (whether a check reaches each use) has tests of its own; these are about CEG1001 and CEG1002.
        return Verify.Analyzer<GuardedMemberAnalyzer>(Infrastructure.Cases.InClass(RealWorldCorpusHostTypes + member), "dotnet_diagnostic.CEG1004.severity = none");
    }

    private const string RealWorldCorpusHostTypes = Corpus.RealWorldCorpus.HostTypes;
}

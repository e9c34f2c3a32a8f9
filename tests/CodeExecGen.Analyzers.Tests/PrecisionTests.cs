using System.Threading.Tasks;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Analyzers.Tests;

/// <summary>
/// Precision on the patterns real code uses (issue 9): outcome copies, aliases of the output, checked
/// assignments, designations, helper properties, other complete checks, presence tests and forwarding
/// with the outcome; each with the forms that must still warn.
/// </summary>
public class PrecisionTests
{
    public static TheoryData<string, string> MustNotWarn => new()
    {
        // 1. The outcome copied into a local, or a bool that holds a test of it.
        { "outcome local, continue", "void M(List<CodeExecutionResult> rs) { foreach (var r in rs) { var outcome = r.Outcome; if (outcome != O.Ok) { Console.WriteLine(outcome); continue; } Show(r.Output); } }" },
        { "outcome local, switch", "void M(CodeExecutionResult r) { var outcome = r.Outcome; switch (outcome) { case O.Ok: Show(r.Output); break; } }" },
        { "bool local", "void M(CodeExecutionResult r) { var ok = r.Outcome == O.Ok; if (ok) Show(r.Output); }" },
        { "bool local, inverted early return", "void M(CodeExecutionResult r) { var failed = r.Outcome != O.Ok; if (failed) return; Show(r.Output); }" },
        { "bool local, negated", "void M(CodeExecutionResult r) { bool ok = r.IsOk; if (!ok) return; Show(r.Output); }" },
        { "bool local with a null check", "void M(CodeExecutionResult? r) { var ok = r != null && r.Outcome == O.Ok; if (ok) Show(r!.Output); }" },
        // 2. The output read into a local first, checked later.
        { "deconstruction then check", "void M(CodeExecutionResult r) { var (outcome, output) = (r.Outcome, r.Output); if (outcome == O.Ok) Show(output); }" },
        { "coalesced local then IsOk", "void M(CodeExecutionResult r) { var text = r.Output ?? \"\"; if (r.IsOk) Show(text); }" },
        { "conditional local then check", "void M(CodeExecutionResult r) { var text = _flag ? r.Output : \"\"; if (r.Outcome == O.Ok) Show(text); }" },
        { "cast local then check", "void M(CodeExecutionResult r) { var o = (object?)r.Output; if (r.IsOk) Console.WriteLine(o); }" },
        { "copy of a copy", "void M(CodeExecutionResult r) { var a = r.Output; var b = a; if (r.Outcome == O.Ok) Show(b); }" },
        { "deconstruction in a loop", "void M(List<CodeExecutionResult> rs) { foreach (var r in rs) { var (o, text) = (r.Outcome, r.Output); if (o is O.Ok) Show(text); } }" },
        // 3. Assigned on a checked path, used later.
        { "assigned under a designation in a loop", "void M(List<Part> parts) { string? answer = null; foreach (var p in parts) if (p.CodeExecutionResult is { Outcome: O.Ok } r) answer = r.Output; Show(answer); }" },
        { "assigned after an early continue", "void M(List<CodeExecutionResult> rs) { var last = \"\"; foreach (var r in rs) { if (!r.IsOk) continue; last = r.Output; } Show(last); }" },
        // 4. Patterns with a designation.
        { "designation", "void M(Part part) { if (part.CodeExecutionResult is { Outcome: O.Ok } r) Show(r.Output); }" },
        { "type pattern on object", "void M(object x) { if (x is CodeExecutionResult { Outcome: O.Ok } cr) Show(cr.Output); }" },
        { "designation of a call result", "void M() { if (Get() is { Outcome: O.Ok } r) Show(r.Output); }" },
        { "output designation with the check", "void M(CodeExecutionResult r) { if (r is { Output: var o, Outcome: O.Ok }) Show(o); }" },
        // 5. Helpers that are properties or instance methods.
        { "helper property", "void M(Step s) { if (s.Succeeded) Show(s.Result.Output); }" },
        { "helper property, early return", "void M(Step s) { if (!s.Succeeded) return; Show(s.Result.Output); }" },
        // 6. Other complete checks.
        { "relational pattern", "void M(CodeExecutionResult r) { if (r.Outcome is >= O.Ok and < O.Failed) Show(r.Output); }" },
        { "Equals on the value", "void M(CodeExecutionResult r) { if (r.Outcome.Equals(O.Ok)) Show(r.Output); }" },
        { "static Equals", "void M(CodeExecutionResult r) { if (Equals(r.Outcome, O.Ok)) Show(r.Output); }" },
        { "EqualityComparer", "void M(CodeExecutionResult r) { if (EqualityComparer<O?>.Default.Equals(r.Outcome, O.Ok)) Show(r.Output); }" },
        { "ref local to the same element", "void M() { ref var x = ref _all[0]; if (x.Outcome == O.Ok) Show(_all[0].Output); }" },
        // 7. Presence tests are not uses.
        { "is not null", "void M(CodeExecutionResult r) { if (r.Output is not null) Console.WriteLine(\"has output\"); }" },
        { "conditional access != null", "void M(CodeExecutionResult? r) { if (r?.Output != null) Console.WriteLine(); }" },
        { "IsNullOrEmpty", "void M(CodeExecutionResult r) { if (string.IsNullOrEmpty(r.Output)) return; Console.WriteLine(); }" },
        { "length test", "void M(CodeExecutionResult r) { if (r.Output?.Length > 0) Console.WriteLine(); }" },
        { "presence then a proper check", "void M(CodeExecutionResult r) { if (r.Output is null) return; if (r.Outcome != O.Ok) return; Show(r.Output); }" },
        { "presence pattern with designation then check", "void M(CodeExecutionResult r) { if (r.Output is { Length: > 0 } s && r.IsOk) Show(s); }" },
        // 8. Forwarded together with its outcome.
        { "initializer with the outcome", "ToolResult M(CodeExecutionResult r) => new ToolResult { Outcome = r.Outcome, Output = r.Output };" },
        { "anonymous object", "object M(CodeExecutionResult r) => new { outcome = r.Outcome, output = r.Output ?? \"\" };" },
        { "tuple", "(O?, string?) M(CodeExecutionResult r) => (r.Outcome, r.Output);" },
        { "record with a complete test", "Msg M(CodeExecutionResult r) => new Msg(IsError: r.Outcome != O.Ok, Text: r.Output);" },
        { "interpolated string", "string M(CodeExecutionResult r) => $\"{r.Outcome}: {r.Output}\";" },
        { "one call with both", "void M(CodeExecutionResult r) => Emit(r.Outcome, r.Output);" },
        { "one call with IsOk", "void M(CodeExecutionResult r) => Emit(r.IsOk, r.Output);" },
        { "outcome as text", "object M(CodeExecutionResult r) => new { status = r.Outcome.ToString(), text = r.Output };" },
        { "forwarded from copies", "void M(CodeExecutionResult r) { var (outcome, output) = (r.Outcome, r.Output); Emit(outcome, output); }" },
        { "concatenation with the outcome", "string M(CodeExecutionResult r) => \"Status: \" + r.Outcome + \"\\n\" + r.Output;" },
        { "derived string then check", "void M(CodeExecutionResult r) { var text = r.Output!.Trim(); if (r.Outcome != O.Ok) return; Show(text); }" },
        { "derived string in the interpolation with the outcome", "string M(CodeExecutionResult r) { var outcome = r.Outcome?.ToString() ?? \"UNKNOWN\"; var text = (r.Output ?? \"\").Replace(\"\\n\", \" \"); return $\"({outcome}) {text}\"; }" },
        { "same builder shows both", "string M(CodeExecutionResult r) { var sb = new System.Text.StringBuilder(); sb.Append(r.Outcome.ToString()); sb.Append(r.Output); return sb.ToString(); }" },
        { "ToString compared with the member name", "void M(CodeExecutionResult r) { if (r.Outcome.ToString() == \"Ok\") Show(r.Output); }" },
        // The same in lambdas, async methods and try/catch.
        { "bool local in a lambda", "Func<CodeExecutionResult, string?> M() => r => { var ok = r.Outcome == O.Ok; return ok ? r.Output : null; };" },
        { "outcome local in an async method", "async Task M() { var r = await GetAsync(); var outcome = r.Outcome; if (outcome != O.Ok) return; Show(r.Output); }" },
        { "bool local in try", "void M(CodeExecutionResult r) { try { var ok = r.IsOk; if (!ok) throw new InvalidOperationException(); Show(r.Output); } catch (InvalidOperationException) { } }" },
        // Negated and inverted forms.
        { "bool local negated twice", "void M(CodeExecutionResult r) { var bad = !(r.Outcome == O.Ok); if (!bad) Show(r.Output); }" },
        { "relational pattern, inverted early return", "void M(CodeExecutionResult r) { if (r.Outcome is < O.Ok or >= O.Failed) return; Show(r.Output); }" },
        { "Equals, negated early return", "void M(CodeExecutionResult r) { if (!r.Outcome.Equals(O.Ok)) return; Show(r.Output); }" },
        { "forwarded, arguments in the other order", "void M(CodeExecutionResult r) => Emit(r.Output, r.Outcome);" },
        { "forwarded with a negated IsOk", "Msg M(CodeExecutionResult r) => new Msg(IsError: !r.IsOk, Text: r.Output);" },
        { "designation, checked by an early continue", "void M(List<Part> parts) { foreach (var p in parts) { if (p.CodeExecutionResult is not { } r) continue; if (r.Outcome != O.Ok) continue; Show(r.Output); } }" },
        // The same in lambdas, async methods, loops and try/catch.
        { "forwarding in a loop", "List<ToolResult> M(List<CodeExecutionResult> rs) { var list = new List<ToolResult>(); foreach (var r in rs) list.Add(new ToolResult { Outcome = r.Outcome, Output = r.Output }); return list; }" },
        { "presence test in a lambda", "bool M(List<CodeExecutionResult> rs) => rs.Any(r => !string.IsNullOrEmpty(r.Output));" },
        { "designation in an async method", "async Task M() { if (await GetAsync() is { Outcome: O.Ok } r) Show(r.Output); }" },
        { "deconstruction in try", "void M(CodeExecutionResult r) { try { var (o, text) = (r.Outcome, r.Output); if (o != O.Ok) throw new InvalidOperationException(); Show(text); } catch (InvalidOperationException) { } }" },
        { "forwarding in a Select", "IEnumerable<ToolResult> M(List<CodeExecutionResult> rs) => rs.Select(r => new ToolResult { Outcome = r.Outcome, Output = r.Output });" },
    };

    public static TheoryData<string, string> MustWarn => new()
    {
        { "outcome local, instance reassigned", "void M(CodeExecutionResult r) { var outcome = r.Outcome; r = Get(); if (outcome == O.Ok) Show({|CEG1001:r.Output|}); }" },
        { "outcome local reassigned", "void M(CodeExecutionResult r, O other) { var outcome = r.Outcome; outcome = other; if (outcome == O.Ok) Show({|CEG1001:r.Output|}); }" },
        { "bool local, partial", "void M(CodeExecutionResult r) { var notFailed = r.Outcome != O.Failed; if (notFailed) Show({|CEG1002:r.Output|}); }" },
        { "bool local of another instance", "void M(CodeExecutionResult a, CodeExecutionResult b) { var ok = a.Outcome == O.Ok; if (ok) Show({|CEG1001:b.Output|}); }" },
        { "bool local, instance reassigned", "void M(CodeExecutionResult r) { var ok = r.IsOk; r = Get(); if (ok) Show({|CEG1001:r.Output|}); }" },
        { "deconstructed output used unchecked", "void M(CodeExecutionResult r) { var (outcome, output) = (r.Outcome, r.Output); Console.WriteLine(outcome); Show({|CEG1001:output|}); }" },
        { "coalesced local used unchecked", "void M(CodeExecutionResult r) { var text = r.Output ?? \"\"; Show({|CEG1001:text|}); }" },
        { "coalesced argument", "void M(CodeExecutionResult r) => Show({|CEG1001:r.Output|} ?? \"\");" },
        { "copy of a copy unchecked", "void M(CodeExecutionResult r) { var a = r.Output; var b = a; Show({|CEG1001:b|}); }" },
        { "assigned in a loop without a check", "void M(List<Part> parts) { string? answer = null; foreach (var p in parts) if (p.CodeExecutionResult is { } r) answer = r.Output; Show({|CEG1001:answer|}); }" },
        { "designation with a partial check", "void M(Part part) { if (part.CodeExecutionResult is { Outcome: not O.Failed } r) Show({|CEG1002:r.Output|}); }" },
        { "relational pattern, partial", "void M(CodeExecutionResult r) { if (r.Outcome is >= O.Ok) Show({|CEG1002:r.Output|}); }" },
        { "Equals of a failure", "void M(CodeExecutionResult r) { if (!r.Outcome.Equals(O.Failed)) Show({|CEG1002:r.Output|}); }" },
        { "ref local to another element", "void M() { ref var x = ref _all[0]; if (x.Outcome == O.Ok) Show({|CEG1001:_all[1].Output|}); }" },
        { "helper property that admits failures", "void M(Step s) { if (s.Finished()) Show({|CEG1002:s.Result.Output|}); }" },
        { "presence test then use", "void M(CodeExecutionResult r) { if (r.Output is not null) Show({|CEG1001:r.Output|}); }" },
        { "IsNullOrEmpty then use", "void M(CodeExecutionResult r) { if (!string.IsNullOrEmpty(r.Output)) Show({|CEG1001:r.Output|}); }" },
        { "presence designation used", "void M(CodeExecutionResult r) { if (r.Output is { Length: > 0 } s) Show({|CEG1001:s|}); }" },
        { "forwarded without the outcome", "ToolResult M(CodeExecutionResult r) => new ToolResult { Output = {|CEG1001:r.Output|} };" },
        { "forwarded with another instance's outcome", "ToolResult M(CodeExecutionResult a, CodeExecutionResult b) => new ToolResult { Outcome = a.Outcome, Output = {|CEG1001:b.Output|} };" },
        { "lossy label", "Msg M(CodeExecutionResult r) => new Msg(IsError: r.Outcome == O.Failed, Text: {|CEG1002:r.Output|});" },
        { "lossy coalesced outcome", "ToolResult M(CodeExecutionResult r) => new ToolResult { Outcome = r.Outcome ?? O.Ok, Output = {|CEG1002:r.Output|} };" },
        { "interpolated with the id only", "string M(CodeExecutionResult r) => $\"{r.Id}: \" + {|CEG1001:r.Output|};" },
        { "concatenation without the outcome", "string M(CodeExecutionResult r) => \"Result: \" + {|CEG1001:r.Output|};" },
        { "derived string used unchecked", "void M(CodeExecutionResult r) { var text = r.Output!.Trim(); Show({|CEG1001:text|}); }" },
        { "derived string, instance reassigned before the check", "void M(CodeExecutionResult r) { var text = r.Output!.Trim(); r = Get(); if (r.IsOk) Show({|CEG1001:text|}); }" },
        // The outcome printed in a statement of its own labels nothing: two statements are not one presentation.
        { "outcome printed on the line before", "void M(CodeExecutionResult r) { Console.WriteLine($\"Status: {r.Outcome}\"); if (r.Output is not null) { Console.WriteLine(\"Output:\"); Console.WriteLine({|CEG1001:r.Output|}); } }" },
        { "outcome printed on the line after", "void M(CodeExecutionResult r) { Console.WriteLine({|CEG1001:r.Output|}); Console.WriteLine(\"Outcome: \" + r.Outcome); }" },
        { "outcome logged apart from the output", "void M(CodeExecutionResult r) { Console.Error.WriteLine(r.Outcome); Show({|CEG1001:r.Output|}); }" },
        { "sink showed another instance's outcome", "void M(CodeExecutionResult a, CodeExecutionResult b) { Console.WriteLine(a.Outcome); Console.WriteLine({|CEG1001:b.Output|}); }" },
        { "sink showed the outcome on one path only", "void M(CodeExecutionResult r) { if (_flag) Console.WriteLine(r.Outcome); Console.WriteLine({|CEG1001:r.Output|}); }" },
        { "sink showed the outcome before the instance changed", "void M(CodeExecutionResult r) { Console.WriteLine(r.Outcome); r = Get(); Console.WriteLine({|CEG1001:r.Output|}); }" },
        { "ToString compared with a failure", "void M(CodeExecutionResult r) { if (r.Outcome.ToString() != \"Failed\") Show({|CEG1002:r.Output|}); }" },
        { "presence test, inverted", "void M(CodeExecutionResult r) { if (r.Output is null) return; Show({|CEG1001:r.Output|}); }" },
        { "lossy label, inverted", "Msg M(CodeExecutionResult r) => new Msg(IsError: r.Outcome != O.Failed && r.Outcome != O.Unspecified, Text: {|CEG1002:r.Output|});" },
        { "bool local negated, partial", "void M(CodeExecutionResult r) { var failed = r.Outcome == O.Failed; if (!failed) Show({|CEG1002:r.Output|}); }" },
        { "presence test in a lambda, then used", "IEnumerable<string?> M(List<CodeExecutionResult> rs) => rs.Where(r => r.Output != null).Select(r => {|CEG1001:r.Output|});" },
        { "forwarding without the outcome in a loop", "List<string?> M(List<CodeExecutionResult> rs) { var list = new List<string?>(); foreach (var r in rs) list.Add({|CEG1001:r.Output|}); return list; }" },
        { "designation without a check in an async method", "async Task M() { if (await GetAsync() is { } r) Show({|CEG1001:r.Output|}); }" },
        { "derived string in try, read after catch", "void M(CodeExecutionResult r) { var text = \"\"; try { text = r.Output!.Trim(); if (!r.IsOk) throw new InvalidOperationException(); } catch (InvalidOperationException) { } Show({|CEG1004:text|}); }" },
        // False negatives closed.
        { "property pattern designation", "void M(CodeExecutionResult r) { if (r is { Output: var o }) Show({|CEG1001:o|}); }" },
        { "nested property pattern designation", "void M(CodeExecutionResult r) { if (r is { Output: { Length: > 0 } s }) Show({|CEG1001:s|}); }" },
        { "or pattern reading the output", "bool M(CodeExecutionResult r) => r is { Outcome: O.Ok } or { {|CEG1004:Output|}: \"\" };" },
        { "coalesced outcome as the check", "void M(CodeExecutionResult r) { if ((r.Outcome ?? O.Ok) == O.Ok) Show({|CEG1002:r.Output|}); }" },
        { "coalesced outcome in a local", "void M(CodeExecutionResult r) { var outcome = r.Outcome ?? O.Ok; if (outcome == O.Ok) Show({|CEG1002:r.Output|}); }" },
        { "coalesced outcome in a pattern", "void M(CodeExecutionResult r) { if ((r.Outcome ?? O.Ok) is O.Ok) Show({|CEG1002:r.Output|}); }" },
        // The same in lambdas, async methods and try/catch.
        { "coalesced local in a lambda", "Func<CodeExecutionResult, string> M() => r => { var text = r.Output ?? \"\"; return {|CEG1001:text|}; };" },
        { "partial bool local in an async method", "async Task M() { var r = await GetAsync(); var ok = r.Outcome != O.Failed; if (ok) Show({|CEG1002:r.Output|}); }" },
        { "outcome local checked in try, read after catch", "void M(CodeExecutionResult r) { try { var outcome = r.Outcome; if (outcome != O.Ok) throw new InvalidOperationException(); } catch (InvalidOperationException) { } Show({|CEG1004:r.Output|}); }" },
        { "loop with a failure-only bool", "void M(List<CodeExecutionResult> rs) { foreach (var r in rs) { var failed = r.Outcome == O.Failed; if (failed) continue; Show({|CEG1002:r.Output|}); } }" },
    };

    [Theory]
    [MemberData(nameof(MustWarn))]
    public Task Warns(string name, string member)
    {
        _ = name;
        return Verify.Analyzer<GuardedMemberAnalyzer>(Cases.InClass(member));
    }

    [Theory]
    [MemberData(nameof(MustNotWarn))]
    public Task Does_not_warn(string name, string member)
    {
        _ = name;
        return Verify.Analyzer<GuardedMemberAnalyzer>(Cases.InClass(member));
    }

    [Fact]
    public Task Helper_properties_on_the_guarded_type_itself_are_summarised()
        => Verify.Analyzer<GuardedMemberAnalyzer>("""
            namespace CodeExecGen
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                internal sealed class GuardedByAttribute : System.Attribute
                {
                    public GuardedByAttribute(string guard, params object[] successValues) { }
                }
            }

            enum Status { Unknown, Done, Broken }

            sealed partial class Job
            {
                public Status State { get; set; }

                [CodeExecGen.GuardedBy(nameof(State), Status.Done)]
                public string? Log { get; set; }
            }

            // What a user adds in a partial class of their own next to the generated one.
            sealed partial class Job
            {
                public bool HasStdout => State == Status.Done;

                public bool IsSettled
                {
                    get { return State != Status.Unknown; }
                }
            }

            class C
            {
                void M(Job job)
                {
                    if (job.HasStdout) System.Console.WriteLine(job.Log);
                    if (!job.HasStdout) return;
                    System.Console.WriteLine(job.Log);
                }

                void N(Job job)
                {
                    if (job.IsSettled) System.Console.WriteLine({|CEG1002:job.Log|});
                }
            }
            """);
}

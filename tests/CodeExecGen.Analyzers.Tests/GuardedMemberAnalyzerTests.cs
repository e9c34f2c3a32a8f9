using System.Threading.Tasks;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Analyzers.Tests;

/// <summary>
/// CEG1001, CEG1002 and CEG1004 against the generated Gemini types: every kind of check, and the ways a check does
/// not count. A use whose value's outcome the method consults elsewhere is CEG1004 (a suggestion), not CEG1001.
/// </summary>
public class GuardedMemberAnalyzerTests
{
    public static TheoryData<string, string> MustWarn => new()
    {
        { "plain read", "void M(CodeExecutionResult r) => Show({|CEG1001:r.Output|});" },
        { "read before the check", "void M(CodeExecutionResult r) { Show({|CEG1004:r.Output|}); if (r.Outcome == O.Ok) Show(r.Output); }" },
        { "check on another instance", "void M(CodeExecutionResult a, CodeExecutionResult b) { if (a.Outcome == O.Ok) Show({|CEG1001:b.Output|}); }" },
        { "reassignment after the check", "void M(CodeExecutionResult r) { if (r.Outcome == O.Ok) { r = Get(); Show({|CEG1001:r.Output|}); } }" },
        { "after an if, both branches join", "void M(CodeExecutionResult r) { if (r.Outcome == O.Ok) { } else { } Show({|CEG1004:r.Output|}); }" },
        { "negated condition joined", "void M(CodeExecutionResult r) { if (!(r.Outcome == O.Ok)) { Console.WriteLine(); } Show({|CEG1004:r.Output|}); }" },
        { "not-failed admits deadline exceeded", "void M(CodeExecutionResult r) { if (r.Outcome != O.Failed) Show({|CEG1002:r.Output|}); }" },
        { "ok or deadline exceeded", "void M(CodeExecutionResult r) { if (r.Outcome is O.Ok or O.DeadlineExceeded) Show({|CEG1002:r.Output|}); }" },
        { "is not failed", "void M(CodeExecutionResult r) { if (r.Outcome is not O.Failed) Show({|CEG1002:r.Output|}); }" },
        { "switch case shared with deadline", "void M(CodeExecutionResult r) { switch (r.Outcome) { case O.Ok: case O.DeadlineExceeded: Show({|CEG1002:r.Output|}); break; } }" },
        { "loop continue on failure only", "void M(List<CodeExecutionResult> rs) { foreach (var r in rs) { if (r.Outcome == O.Failed) continue; Show({|CEG1002:r.Output|}); } }" },
        { "check in try, read after swallowing catch", "void M(CodeExecutionResult r) { try { if (r.Outcome != O.Ok) throw new InvalidOperationException(); } catch (InvalidOperationException) { } Show({|CEG1004:r.Output|}); }" },
        { "conditional access unchecked", "void M(Part p) => Show(p.CodeExecutionResult?{|CEG1001:.Output|});" },
        { "null-forgiving unchecked", "void M(Part p) => Show({|CEG1001:p.CodeExecutionResult!.Output|});" },
        { "ternary admits failure", "string M(CodeExecutionResult r) => r.Outcome == O.Failed ? \"\" : {|CEG1002:r.Output|}!;" },
        { "switch expression with when, no outcome check", "string? M(CodeExecutionResult r) => _flag switch { true when r.Id != null => {|CEG1001:r.Output|}, _ => null };" },
        { "select without where", "IEnumerable<string?> M(List<CodeExecutionResult> rs) => rs.Select(r => {|CEG1001:r.Output|});" },
        { "where on something else", "IEnumerable<string?> M(List<Part> ps) => ps.Where(p => p.Text == null).Select(p => {|CEG1001:p.CodeExecutionResult!.Output|});" },
        { "async read unchecked", "async Task M() { var r = await GetAsync(); Show({|CEG1001:r.Output|}); }" },
        { "local judged where it is used", "void M(CodeExecutionResult r) { var s = r.Output; Show({|CEG1001:s|}); }" },
        { "local used before the check", "void M(CodeExecutionResult r) { var s = r.Output; Show({|CEG1004:s|}); if (r.Outcome == O.Ok) Show(s); }" },
        { "helper that does not check", "void M(CodeExecutionResult r) { Log(r); Show({|CEG1001:r.Output|}); }" },
        { "lambda created before the check", "void M(CodeExecutionResult r) { Action a = () => Show({|CEG1004:r.Output|}); if (r.Outcome == O.Ok) a(); }" },
        { "local function called unchecked", "void M(CodeExecutionResult r) { Print(); if (r.Outcome == O.Ok) Print(); void Print() => Show({|CEG1004:r.Output|}); }" },
        { "field checked then joined", "void M() { if (_last.Outcome == O.Ok) { } Show({|CEG1004:_last.Output|}); }" },
        { "different array element", "void M() { if (_all[0].Outcome == O.Ok) Show({|CEG1001:_all[1].Output|}); }" },
        { "result of a call", "void M() => Show({|CEG1001:Get().Output|});" },
        { "property pattern admits failure", "void M(CodeExecutionResult r) { if (r is { Outcome: O.Failed or O.Ok }) Show({|CEG1002:r.Output|}); }" },
        { "assert of a partial check", "void M(CodeExecutionResult r) { Debug.Assert(r.Outcome != O.Failed); Show({|CEG1002:r.Output|}); }" },
        { "read in a while loop", "void M() { while (Next(out var r)) { Show({|CEG1001:r.Output|}); } }" },
        { "replaced by ref after the check", "void M(CodeExecutionResult r) { if (r.Outcome == O.Ok) { Replace(ref r); Show({|CEG1001:r.Output|}); } }" },
        { "chain checked then joined", "void M(Part p) { if (p.CodeExecutionResult?.Outcome == O.Ok) { } Show({|CEG1004:p.CodeExecutionResult!.Output|}); }" },
        { "check of one part, read of the next", "void M(Content c) { if (c.Parts![0].CodeExecutionResult!.Outcome == O.Ok) Show({|CEG1001:c.Parts[1].CodeExecutionResult!.Output|}); }" },
        { "object initializer without an outcome", "void M() { var r = new CodeExecutionResult { Output = \"x\" }; Show({|CEG1001:r.Output|}); }" },
        { "outcome assigned a failure", "void M(CodeExecutionResult r) { r.Outcome = O.Ok; r = Get(); Show({|CEG1001:r.Output|}); }" },
    };

    public static TheoryData<string, string> MustNotWarn => new()
    {
        { "equality check", "void M(CodeExecutionResult r) { if (r.Outcome == O.Ok) Show(r.Output); }" },
        { "early return", "void M(CodeExecutionResult r) { if (r.Outcome != O.Ok) return; Show(r.Output); }" },
        { "early throw", "void M(CodeExecutionResult r) { if (r.Outcome != O.Ok) throw new InvalidOperationException(); Show(r.Output); }" },
        { "continue in a loop", "void M(List<CodeExecutionResult> rs) { foreach (var r in rs) { if (r.Outcome != O.Ok) continue; Show(r.Output); } }" },
        { "break in a loop", "void M(CodeExecutionResult r) { while (true) { if (r.Outcome != O.Ok) break; Show(r.Output); } }" },
        { "and-also", "void M(CodeExecutionResult? r) { if (r != null && r.Outcome == O.Ok && r.Output!.Length > 0) Show(r.Output); }" },
        { "or-else early return", "void M(CodeExecutionResult r) { if (r.Outcome != O.Ok || r.Output == null) return; Show(r.Output); }" },
        { "ternary", "string M(CodeExecutionResult r) => r.Outcome == O.Ok ? r.Output ?? \"\" : \"\";" },
        { "is constant", "void M(CodeExecutionResult r) { if (r.Outcome is O.Ok) Show(r.Output); }" },
        { "property pattern with declaration", "void M(CodeExecutionResult r) { if (r is { Outcome: O.Ok, Output: var o }) Show(o); }" },
        { "nested property pattern", "void M(Part p) { if (p is { CodeExecutionResult: { Outcome: O.Ok } }) Show(p.CodeExecutionResult.Output); }" },
        { "switch statement", "void M(CodeExecutionResult r) { switch (r.Outcome) { case O.Ok: Show(r.Output); break; default: break; } }" },
        { "switch expression", "string? M(CodeExecutionResult r) => r.Outcome switch { O.Ok => r.Output, _ => null };" },
        { "switch expression with when", "string? M(CodeExecutionResult r) => r.Outcome switch { O.Ok when _flag => r.Output, _ => null };" },
        { "generated IsOk", "void M(CodeExecutionResult r) { if (r.IsOk) Show(r.Output); }" },
        { "negated IsOk early return", "void M(CodeExecutionResult r) { if (!r.IsOk) return; Show(r.Output); }" },
        { "generated TryGetOutput", "void M(CodeExecutionResult r) { if (r.TryGetOutput(out var s)) Show(s); if (r.TryGetOutput(out _)) Show(r.Output); }" },
        { "Debug.Assert", "void M(CodeExecutionResult r) { Debug.Assert(r.Outcome == O.Ok); Show(r.Output); }" },
        { "equality assert", "void M(CodeExecutionResult r) { Assert.Equal(O.Ok, r.Outcome); Show(r.Output); }" },
        { "stderr after a failure check", "void M(CodeExecutionResult r) { if (r.Outcome == O.Failed) Console.Error.WriteLine(r.Output); }" },
        { "everything but ok is logged", "void M(CodeExecutionResult r) { if (r.Outcome != O.Ok) { Console.Error.WriteLine(r.Output); return; } Show(r.Output); }" },
        { "member chain", "void M(Part p) { if (p.CodeExecutionResult!.Outcome == O.Ok) Show(p.CodeExecutionResult.Output); }" },
        { "conditional access check", "void M(Part p) { if (p.CodeExecutionResult?.Outcome == O.Ok) Show(p.CodeExecutionResult.Output); }" },
        { "field", "void M() { if (this._last.Outcome == O.Ok) Show(_last.Output); }" },
        { "same array element", "void M() { if (_all[0].Outcome != O.Ok) return; Show(_all[0].Output); }" },
        { "where then select", "IEnumerable<string?> M(List<Part> ps) => ps.Where(p => p.CodeExecutionResult?.Outcome == O.Ok).Select(p => p.CodeExecutionResult!.Output);" },
        { "lambda created after the check", "void M(CodeExecutionResult r) { if (r.Outcome == O.Ok) { Func<string?> f = () => r.Output; Show(f()); } }" },
        { "local function called only after checks", "void M(CodeExecutionResult r) { if (r.Outcome != O.Ok) return; Print(); void Print() => Show(r.Output); }" },
        { "helper that throws unless ok", "void M(CodeExecutionResult r) { RequireOk(r); Show(r.Output); }" },
        { "helper that returns whether ok", "void M(CodeExecutionResult r) { if (IsGood(r)) Show(r.Output); }" },
        { "lambda in a loop that continues (its graph is not the method's)", "void M(List<Part> parts, List<object> items) { foreach (var part in parts) { if (part.CodeExecutionResult is { } r) { if (items.FindLastIndex(x => x is string) < 0) continue; if (r.IsOk) Show(r.Output); } } }" },
        { "method without a body is trusted", "void M(CodeExecutionResult r) { _validator.Ensure(r); Show(r.Output); }" },
        { "bool method without a body is trusted", "void M(CodeExecutionResult r) { if (_validator.Accepts(r)) Show(r.Output); }" },
        { "async checked", "async Task M() { var r = await GetAsync(); if (!r.IsOk) return; Show(r.Output); }" },
        { "local used after the check", "void M(CodeExecutionResult r) { var s = r.Output; if (r.Outcome == O.Ok) Show(s); }" },
        { "try/finally after the check", "void M(CodeExecutionResult r) { if (r.Outcome != O.Ok) return; try { Show(r.Output); } finally { Console.WriteLine(); } }" },
        { "check and read inside try", "void M(CodeExecutionResult r) { try { if (r.Outcome != O.Ok) return; Show(r.Output); } catch (Exception) { } }" },
        { "writing is not reading", "void M(CodeExecutionResult r) { r.Output = \"x\"; Console.WriteLine(nameof(r.Output)); }" },
        { "outcome assigned ok", "void M(CodeExecutionResult r) { r.Outcome = O.Ok; Show(r.Output); }" },
        { "object initializer sets ok", "void M() { var r = new CodeExecutionResult { Outcome = O.Ok, Output = \"x\" }; Show(r.Output); }" },
        { "copied after the check", "void M(CodeExecutionResult r) { if (r.Outcome != O.Ok) return; var copy = r; Show(copy.Output); }" },
        { "dead branch after the check", "void M(CodeExecutionResult r) { if (r.Outcome != O.Ok) return; if (r.Outcome == O.Failed) Show(r.Output); }" },
        { "unguarded members", "void M(ExecutableCode code, CodeExecutionResult r) { Show(code.Code); Show(r.Id); }" },
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
    public Task Strict_option_does_not_trust_methods_without_a_body()
        => Verify.Analyzer<GuardedMemberAnalyzer>(
            Cases.InClass("void M(CodeExecutionResult r) { _validator.Ensure(r); Show({|CEG1001:r.Output|}); }"),
            "codeexecgen_opaque_methods = strict");

    [Fact]
    public Task Severity_can_be_changed_in_editorconfig()
        => Verify.Analyzer<GuardedMemberAnalyzer>(
            Cases.InClass("void M(CodeExecutionResult r) => Show({|CEG1001:r.Output|});").Replace("{|CEG1001:r.Output|}", "{|#0:r.Output|}"),
            "dotnet_diagnostic.CEG1001.severity = none");

    [Fact]
    public Task A_users_own_type_with_the_attribute_is_checked()
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

            sealed class Job
            {
                public Status State { get; set; }

                [CodeExecGen.GuardedBy(nameof(State), Status.Done)]
                public string? Log { get; set; }
            }

            class C
            {
                void Unconsulted(Job job) => System.Console.WriteLine({|CEG1001:job.Log|});

                void Lossy(Job job)
                {
                    if (job.State != Status.Broken) System.Console.WriteLine({|CEG1002:job.Log|});
                }

                void Uncovered(Job job)
                {
                    System.Console.WriteLine({|CEG1004:job.Log|});
                    if (job.State == Status.Done) System.Console.WriteLine(job.Log);
                }
            }
            """);
}

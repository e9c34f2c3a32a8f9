using System.Linq;
using System.Threading.Tasks;
using CodeExecGen.Analyzers.Flow;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Analyzers.Tests;

/// <summary>
/// The per-method budget of the flow analysis (CEG1002 and CEG1004, where the outcome is consulted) decides
/// all or nothing: a method that fits reports every diagnostic, early and late; a method past the budget
/// reports none of them (never the ones found before it ran out). CEG1001 needs no flow and no budget.
/// </summary>
public class BudgetTests
{
    private static string LongMethod(int branches, string early, string late)
        => "void M(CodeExecutionResult r) {\n" + early + "\n"
           + string.Concat(Enumerable.Repeat("if (_flag) Console.WriteLine();\n", branches))
           + late + "\n}";

    [Fact]
    public Task A_long_method_within_the_budget_reports_early_and_late_reads()
        => Verify.Analyzer<GuardedMemberAnalyzer>(Cases.InClass(LongMethod(
            FlowContext.Budget / 20,
            "Show({|CEG1002:r.Output|});",
            "if (r.Outcome != O.Failed) Show({|CEG1002:r.Output|});")));

    // Sized so the fixpoint fits and the reporting pass runs out (each if is about two blocks, each
    // visited once to reach the fixpoint and once to report): the early read was already found then.
    [Fact]
    public Task A_method_past_the_budget_reports_nothing_not_even_its_early_reads()
        => Verify.Analyzer<GuardedMemberAnalyzer>(Cases.InClass(LongMethod(
            FlowContext.Budget / 3,
            "Show(r.Output);",
            "if (r.Outcome != O.Failed) Show(r.Output);")));

    [Fact]
    public Task The_budget_is_per_method()
        => Verify.Analyzer<GuardedMemberAnalyzer>(Cases.InClass(
            LongMethod(FlowContext.Budget / 3, "Show(r.Output);", "if (r.Outcome != O.Failed) Show(r.Output);")
            + "\nvoid N(CodeExecutionResult r) { if (r.Outcome != O.Failed) Show({|CEG1002:r.Output|}); }"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Deeply_nested_loops_reach_the_fixpoint(bool checkedFirst)
    {
        // Sixty nested loops: what the innermost check establishes flows back through every back edge.
        const int depth = 60;
        var open = string.Concat(Enumerable.Repeat("while (_flag) {\n", depth));
        var close = new string('}', depth);
        var body = checkedFirst
            ? "if (r.Outcome != O.Ok) return; Show(r.Output); r = Get();"
            : "Show({|CEG1004:r.Output|}); if (r.Outcome != O.Ok) return;";
        return Verify.Analyzer<GuardedMemberAnalyzer>(Cases.InClass("void M(CodeExecutionResult r) {\n" + open + body + "\n" + close + "\n}"));
    }
}

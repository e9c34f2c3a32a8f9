using System.Threading.Tasks;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Analyzers.Tests;

/// <summary>CEG1003: handling the code the model wrote but not its result.</summary>
public class DroppedResultAnalyzerTests
{
    [Fact]
    public Task Switch_statement_without_the_result_case()
        => Verify.Analyzer<DroppedResultAnalyzer>(Verify.Usings + """
            class C
            {
                void M(Part part)
                {
                    {|CEG1003:switch|} (part.Kind)
                    {
                        case PartKind.Text: Console.WriteLine(part.Text); break;
                        case PartKind.ExecutableCode: Console.WriteLine(part.ExecutableCode!.Code); break;
                    }

                    switch (part.Kind)
                    {
                        case PartKind.ExecutableCode: break;
                        case PartKind.CodeExecutionResult: break;
                    }
                }
            }
            """);

    [Fact]
    public Task Switch_expression_without_the_result_arm()
        => Verify.Analyzer<DroppedResultAnalyzer>(Verify.Usings + """
            class C
            {
                string M(Part part) => part.Kind {|CEG1003:switch|}
                {
                    PartKind.Text or PartKind.ExecutableCode => "shown",
                    _ => "",
                };

                string N(Part part) => part.Kind switch
                {
                    PartKind.ExecutableCode => "code",
                    PartKind.CodeExecutionResult => "result",
                    _ => "",
                };
            }
            """);

    [Fact]
    public Task Visitor_that_overrides_code_but_not_result()
        => Verify.Analyzer<DroppedResultAnalyzer>(Verify.Usings + """
            class {|CEG1003:CodeOnly|} : PartVisitor<string>
            {
                public override string VisitExecutableCode(ExecutableCode code, Part part) => code.Code ?? "";
                protected override string DefaultVisit(Part part) => "";
            }

            class Both : PartVisitor<string>
            {
                public override string VisitExecutableCode(ExecutableCode code, Part part) => code.Code ?? "";
                public override string VisitCodeExecutionResult(CodeExecutionResult result, Part part) => result.IsOk ? "ok" : "failed";
                protected override string DefaultVisit(Part part) => "";
            }

            class TextOnly : PartVisitor<string>
            {
                public override string VisitText(string text, Part part) => text;
                protected override string DefaultVisit(Part part) => "";
            }
            """);

    [Fact]
    public Task Can_be_turned_off()
        => Verify.Analyzer<DroppedResultAnalyzer>(Verify.Usings + """
            class CodeOnly : PartVisitor<string>
            {
                public override string VisitExecutableCode(ExecutableCode code, Part part) => code.Code ?? "";
                protected override string DefaultVisit(Part part) => "";
            }
            """, "dotnet_diagnostic.CEG1003.severity = none");
}

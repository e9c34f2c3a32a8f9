using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers;

/// <summary>
/// CEG1003: a switch over a part kind, or a part visitor, that handles ExecutableCode but not
/// CodeExecutionResult, so the outcome of the code is dropped.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DroppedResultAnalyzer : DiagnosticAnalyzer
{
    private const string Code = "ExecutableCode";
    private const string Result = "CodeExecutionResult";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DroppedCodeExecutionResult);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!GuardCatalog.IsPresent(start.Compilation))
            {
                return;
            }

            start.RegisterOperationAction(AnalyzeSwitch, OperationKind.Switch);
            start.RegisterOperationAction(AnalyzeSwitchExpression, OperationKind.SwitchExpression);
            start.RegisterSymbolAction(AnalyzeVisitor, SymbolKind.NamedType);
        });
    }

    private static bool IsPartKind(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Enum } kind && kind.MemberNames.Contains(Code) && kind.MemberNames.Contains(Result);

    private static void AnalyzeSwitch(OperationAnalysisContext context)
    {
        var switchOperation = (ISwitchOperation)context.Operation;
        if (!IsPartKind(switchOperation.Value.Type))
        {
            return;
        }

        var handled = switchOperation.Cases.SelectMany(c => c.Clauses).SelectMany(Names).ToImmutableHashSet();
        Report(context, handled, switchOperation.Syntax, "This switch");
    }

    private static void AnalyzeSwitchExpression(OperationAnalysisContext context)
    {
        var switchExpression = (ISwitchExpressionOperation)context.Operation;
        if (!IsPartKind(switchExpression.Value.Type))
        {
            return;
        }

        var handled = switchExpression.Arms.SelectMany(arm => PatternNames(arm.Pattern)).ToImmutableHashSet();
        Report(context, handled, switchExpression.Syntax, "This switch expression");
    }

    private static void Report(OperationAnalysisContext context, ImmutableHashSet<string> handled, SyntaxNode syntax, string what)
    {
        if (handled.Contains(Code) && !handled.Contains(Result))
        {
            var at = syntax is Microsoft.CodeAnalysis.CSharp.Syntax.SwitchExpressionSyntax expression ? expression.SwitchKeyword : syntax.GetFirstToken();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DroppedCodeExecutionResult, at.GetLocation(), what));
        }
    }

    private static System.Collections.Generic.IEnumerable<string> Names(ICaseClauseOperation clause) => clause switch
    {
        ISingleValueCaseClauseOperation single => FieldName(single.Value),
        IPatternCaseClauseOperation pattern => PatternNames(pattern.Pattern),
        _ => Enumerable.Empty<string>(),
    };

    private static System.Collections.Generic.IEnumerable<string> PatternNames(IPatternOperation pattern) => pattern switch
    {
        IConstantPatternOperation constant => FieldName(constant.Value),
        IBinaryPatternOperation binary => PatternNames(binary.LeftPattern).Concat(PatternNames(binary.RightPattern)),
        _ => Enumerable.Empty<string>(),
    };

    private static System.Collections.Generic.IEnumerable<string> FieldName(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IFieldReferenceOperation field ? new[] { field.Field.Name } : Enumerable.Empty<string>();
    }

    private static void AnalyzeVisitor(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class || type.IsAbstract)
        {
            return;
        }

        var overridesCode = false;
        var overridesResult = false;
        var isPartVisitor = false;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var method in current.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.Name == UnionNames.Visit(Code))
                {
                    isPartVisitor |= method.IsAbstract || method.IsVirtual;
                    overridesCode |= method.IsOverride;
                }
                else if (method.Name == UnionNames.Visit(Result))
                {
                    overridesResult |= method.IsOverride;
                }
            }
        }

        if (isPartVisitor && overridesCode && !overridesResult)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DroppedCodeExecutionResult, type.Locations[0], "Visitor '" + type.Name + "'"));
        }
    }
}

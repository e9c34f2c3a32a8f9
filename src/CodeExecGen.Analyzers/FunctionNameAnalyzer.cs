using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers;

/// <summary>
/// CEG2007: <c>FunctionCall.Name</c> compared with a string literal that no <c>[GeminiFunction]</c> of
/// the project declares (a typo, or a function renamed since). Names are collected from the methods,
/// comparisons from <c>==</c>/<c>!=</c>, <c>is</c> patterns, switch cases and switch arms; the report
/// waits for the end of the compilation, when every name is known. Nothing is reported in a project
/// that declares no function, where there is nothing to compare against.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FunctionNameAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnknownFunctionName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(FunctionNames.AttributeMetadataName) is not { } attribute)
            {
                return;
            }

            var names = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            var literals = new ConcurrentBag<(string Name, Location Location)>();
            start.RegisterSymbolAction(symbol => CollectName((IMethodSymbol)symbol.Symbol, attribute, names), SymbolKind.Method);
            start.RegisterOperationAction(operation => CollectLiterals(operation.Operation, literals), OperationKind.Binary, OperationKind.IsPattern, OperationKind.Switch, OperationKind.SwitchExpression);
            start.RegisterCompilationEndAction(end =>
            {
                if (names.IsEmpty)
                {
                    return;
                }

                foreach (var (name, location) in literals)
                {
                    if (!names.ContainsKey(name))
                    {
                        var nearest = Nearest(name, names.Keys);
                        var properties = nearest is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.SuggestedName, nearest);
                        end.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownFunctionName, location, properties, name, nearest is null ? string.Empty : "; did you mean '" + nearest + "'?"));
                    }
                }
            });
        });
    }

    private static void CollectName(IMethodSymbol method, INamedTypeSymbol attribute, ConcurrentDictionary<string, bool> names)
    {
        foreach (var data in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                var name = data.NamedArguments.FirstOrDefault(a => a.Key == FunctionNames.NameArgument).Value.Value as string ?? method.Name;
                names[name] = true;
            }
        }
    }

    private static void CollectLiterals(IOperation operation, ConcurrentBag<(string, Location)> literals)
    {
        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                if (IsFunctionName(binary.LeftOperand))
                {
                    Add(binary.RightOperand, literals);
                }
                else if (IsFunctionName(binary.RightOperand))
                {
                    Add(binary.LeftOperand, literals);
                }

                break;
            case IIsPatternOperation pattern when IsFunctionName(pattern.Value):
                AddPattern(pattern.Pattern, literals);
                break;
            case ISwitchOperation switchOperation when IsFunctionName(switchOperation.Value):
                foreach (var clause in switchOperation.Cases.SelectMany(c => c.Clauses))
                {
                    if (clause is ISingleValueCaseClauseOperation single)
                    {
                        Add(single.Value, literals);
                    }
                    else if (clause is IPatternCaseClauseOperation patternClause)
                    {
                        AddPattern(patternClause.Pattern, literals);
                    }
                }

                break;
            case ISwitchExpressionOperation switchExpression when IsFunctionName(switchExpression.Value):
                foreach (var arm in switchExpression.Arms)
                {
                    AddPattern(arm.Pattern, literals);
                }

                break;
        }
    }

    private static void AddPattern(IPatternOperation pattern, ConcurrentBag<(string, Location)> literals)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                Add(constant.Value, literals);
                break;
            case IBinaryPatternOperation binary:
                AddPattern(binary.LeftPattern, literals);
                AddPattern(binary.RightPattern, literals);
                break;
            case INegatedPatternOperation negated:
                AddPattern(negated.Pattern, literals);
                break;
        }
    }

    private static void Add(IOperation value, ConcurrentBag<(string, Location)> literals)
    {
        var operand = value is IConversionOperation conversion ? conversion.Operand : value;
        if (operand is ILiteralOperation { ConstantValue: { HasValue: true, Value: string name } })
        {
            literals.Add((name, operand.Syntax.GetLocation()));
        }
    }

    /// <summary>True for <c>FunctionCall.Name</c> (or <c>FunctionResponse.Name</c>) of the generated Gemini types.</summary>
    private static bool IsFunctionName(IOperation operation)
    {
        var value = operation is IConversionOperation conversion ? conversion.Operand : operation;
        value = value is IConditionalAccessOperation conditional ? conditional.WhenNotNull : value; // part.FunctionCall?.Name
        return value is IPropertyReferenceOperation { Property: { Name: "Name", ContainingType.Name: "FunctionCall" or "FunctionResponse" } property }
            && property.ContainingType.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute" && a.ConstructorArguments.FirstOrDefault().Value as string == "CodeExecGen");
    }

    /// <summary>The declared name closest to <paramref name="name"/>, when it is close enough to be the one meant.</summary>
    internal static string? Nearest(string name, System.Collections.Generic.IEnumerable<string> declared)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in declared.OrderBy(n => n, StringComparer.Ordinal))
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

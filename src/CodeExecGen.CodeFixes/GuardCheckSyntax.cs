using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace CodeExecGen.CodeFixes;

/// <summary>Builds the success check a fix inserts, from what the diagnostic carries: <c>r.Outcome == CodeExecutionResultOutcome.Ok</c>.</summary>
internal static class GuardCheckSyntax
{
    public static ExpressionSyntax? Check(ImmutableDictionary<string, string?> properties, bool negate)
    {
        if (!properties.TryGetValue(DiagnosticProperties.Receiver, out var receiver) || string.IsNullOrEmpty(receiver)
            || !properties.TryGetValue(DiagnosticProperties.Guard, out var guard) || guard is null
            || !properties.TryGetValue(DiagnosticProperties.Enum, out var enumType) || enumType is null
            || !properties.TryGetValue(DiagnosticProperties.Success, out var success) || string.IsNullOrEmpty(success))
        {
            return null;
        }

        var values = success!.Split(',').Select(v => SyntaxFactory.ParseExpression(enumType + "." + v).WithAdditionalAnnotations(Simplifier.Annotation)).ToList();
        var guardAccess = SyntaxFactory.ParseExpression(receiver + "." + guard);
        ExpressionSyntax check;
        if (values.Count == 1)
        {
            check = SyntaxFactory.BinaryExpression(negate ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression, guardAccess, values[0]);
        }
        else
        {
            PatternSyntax pattern = SyntaxFactory.ConstantPattern(values[0]);
            foreach (var value in values.Skip(1))
            {
                pattern = SyntaxFactory.BinaryPattern(SyntaxKind.OrPattern, pattern, SyntaxFactory.ConstantPattern(value));
            }

            if (negate)
            {
                pattern = SyntaxFactory.UnaryPattern(SyntaxFactory.ParenthesizedPattern(pattern));
            }

            check = SyntaxFactory.IsPatternExpression(guardAccess, pattern);
        }

        return check.WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>The statement a fix can wrap: not a declaration, whose locals later code may need.</summary>
    public static StatementSyntax? WrappableStatement(SyntaxNode node)
    {
        var statement = node.FirstAncestorOrSelf<StatementSyntax>();
        return statement is null or LocalDeclarationStatementSyntax or BlockSyntax or LocalFunctionStatementSyntax ? null : statement;
    }
}

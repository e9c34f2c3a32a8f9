using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
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

    /// <summary>
    /// The expression body of a void method or local function (<c>void M(...) =&gt; Show(r.Output);</c>), which a
    /// fix turns into a block body holding the checked statement.
    /// </summary>
    public static ArrowExpressionClauseSyntax? WrappableExpressionBody(SyntaxNode node)
        => node.FirstAncestorOrSelf<StatementSyntax>() is null
           && node.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>() is { Parent: MethodDeclarationSyntax { ReturnType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword } } or LocalFunctionStatementSyntax { ReturnType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword } } } arrow
            ? arrow
            : null;

    /// <summary>
    /// Puts <paramref name="checkedStatement"/> where <paramref name="statement"/> was, laid out as a person would:
    /// in a block of its own when the statement was the embedded body of an <c>if</c>, <c>else</c> or loop.
    /// </summary>
    public static SyntaxNode Replace(SyntaxNode root, StatementSyntax statement, IfStatementSyntax checkedStatement)
    {
        if (statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax or LabeledStatementSyntax)
        {
            var inPlace = checkedStatement.WithLeadingTrivia(statement.GetLeadingTrivia()).WithTrailingTrivia(statement.GetTrailingTrivia()).WithAdditionalAnnotations(Formatter.Annotation);
            return root.ReplaceNode(statement, inPlace);
        }

        var block = SyntaxFactory.Block(checkedStatement.WithoutTrivia()).WithTrailingTrivia(statement.GetTrailingTrivia()).WithAdditionalAnnotations(Formatter.Annotation);
        return root.ReplaceNode(statement, block);
    }

    /// <summary>An expression-bodied void member becomes a block body around the checked statement.</summary>
    public static SyntaxNode Replace(SyntaxNode root, ArrowExpressionClauseSyntax arrow, IfStatementSyntax checkedStatement)
    {
        var body = SyntaxFactory.Block(checkedStatement.WithoutTrivia());
        SyntaxNode member = arrow.Parent switch
        {
            MethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body).WithTrailingTrivia(method.SemicolonToken.TrailingTrivia),
            LocalFunctionStatementSyntax local => local.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body).WithTrailingTrivia(local.SemicolonToken.TrailingTrivia),
            _ => arrow.Parent!,
        };
        return root.ReplaceNode(arrow.Parent!, member.WithAdditionalAnnotations(Formatter.Annotation));
    }
}

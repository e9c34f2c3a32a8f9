using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace CodeExecGen.CodeFixes;

/// <summary>
/// CEG1001: wrap the statement in the success check, or rewrite it to the checked accessor
/// (<c>if (r.TryGetOutput(out var output)) { ... output ... }</c>). CEG1002: replace the check that lets
/// failures through with the success check.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GuardedMemberCodeFixProvider)), Shared]
public sealed class GuardedMemberCodeFixProvider : CodeFixProvider
{
    public const string WrapKey = "CEG1001.WrapInCheck";
    public const string TryGetKey = "CEG1001.UseTryGet";
    public const string ReplaceKey = "CEG1002.ReplaceCheck";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.UncheckedGuardedRead, DiagnosticIds.PartialGuardCheck);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var properties = diagnostic.Properties;
            var guard = properties.TryGetValue(DiagnosticProperties.Guard, out var g) ? g : "the guard";
            if (diagnostic.Id == DiagnosticIds.UncheckedGuardedRead)
            {
                if (GuardCheckSyntax.WrappableStatement(node) is { } statement && GuardCheckSyntax.Check(properties, negate: false) is { } check)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create($"Check {guard} first", c => WrapAsync(context.Document, statement, check, c), WrapKey),
                        diagnostic);
                }

                if (properties.TryGetValue(DiagnosticProperties.TryGet, out var tryGet) && tryGet is not null
                    && node is MemberAccessExpressionSyntax access
                    && GuardCheckSyntax.WrappableStatement(node) is { } tryStatement)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create($"Use {tryGet}", c => UseTryGetAsync(context.Document, tryStatement, access, tryGet, properties[DiagnosticProperties.Guarded] ?? "value", c), TryGetKey),
                        diagnostic);
                }
            }
            else if (FindPartialCheck(node, properties) is { } condition)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Check for success instead", c => ReplaceAsync(context.Document, condition.Condition, condition.Negate, properties, c), ReplaceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> WrapAsync(Document document, StatementSyntax statement, ExpressionSyntax check, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var wrapped = SyntaxFactory.IfStatement(check, SyntaxFactory.Block(statement.WithoutLeadingTrivia().WithoutTrailingTrivia()))
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(statement.GetTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(statement, wrapped));
    }

    private static async Task<Document> UseTryGetAsync(Document document, StatementSyntax statement, MemberAccessExpressionSyntax access, string tryGet, string guarded, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var name = char.ToLowerInvariant(guarded[0]) + guarded.Substring(1);
        var candidate = name;
        for (var suffix = 2; model is not null && model.LookupSymbols(statement.SpanStart, name: candidate).Any(); suffix++)
        {
            candidate = name + suffix;
        }

        var body = statement.ReplaceNode(access, SyntaxFactory.IdentifierName(candidate).WithTriviaFrom(access));
        var call = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, access.Expression.WithoutTrivia(), SyntaxFactory.IdentifierName(tryGet)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.DeclarationExpression(SyntaxFactory.IdentifierName("var"), SyntaxFactory.SingleVariableDesignation(SyntaxFactory.Identifier(candidate))))
                    .WithRefKindKeyword(SyntaxFactory.Token(SyntaxKind.OutKeyword)))));
        var wrapped = SyntaxFactory.IfStatement(call, SyntaxFactory.Block(body.WithoutLeadingTrivia().WithoutTrailingTrivia()))
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(statement.GetTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(statement, wrapped));
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax condition, bool negate, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var check = GuardCheckSyntax.Check(properties, negate)!;
        return document.WithSyntaxRoot(root.ReplaceNode(condition, check.WithTriviaFrom(condition)));
    }

    /// <summary>
    /// The condition that let failures through: an enclosing if or conditional (the read on its true or
    /// false side), or an earlier if in the same block that jumps away.
    /// </summary>
    private static (ExpressionSyntax Condition, bool Negate)? FindPartialCheck(SyntaxNode node, ImmutableDictionary<string, string?> properties)
    {
        if (GuardCheckSyntax.Check(properties, negate: false) is null)
        {
            return null;
        }

        var guardText = properties[DiagnosticProperties.Receiver] + "." + properties[DiagnosticProperties.Guard];
        bool Mentions(SyntaxNode condition) => condition.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>().Any(m => m.ToString() == guardText)
            || condition.DescendantNodesAndSelf().OfType<IsPatternExpressionSyntax>().Any(p => p.Expression.ToString() == properties[DiagnosticProperties.Receiver]);

        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current.Parent)
            {
                case IfStatementSyntax ifStatement when Mentions(ifStatement.Condition):
                    if (current == ifStatement.Statement)
                    {
                        return (ifStatement.Condition, false);
                    }

                    if (current == ifStatement.Else)
                    {
                        return (ifStatement.Condition, true);
                    }

                    break;
                case ConditionalExpressionSyntax conditional when Mentions(conditional.Condition):
                    if (current == conditional.WhenTrue)
                    {
                        return (conditional.Condition, false);
                    }

                    if (current == conditional.WhenFalse)
                    {
                        return (conditional.Condition, true);
                    }

                    break;
                case BlockSyntax block when current is StatementSyntax statement:
                    foreach (var earlier in block.Statements.TakeWhile(s => s != statement).Reverse())
                    {
                        if (earlier is IfStatementSyntax { Else: null } guardIf && Mentions(guardIf.Condition) && Jumps(guardIf.Statement))
                        {
                            return (guardIf.Condition, true);
                        }
                    }

                    break;
            }
        }

        return null;
    }

    private static bool Jumps(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax or ContinueStatementSyntax or BreakStatementSyntax => true,
        BlockSyntax { Statements.Count: > 0 } block => Jumps(block.Statements.Last()),
        _ => false,
    };
}

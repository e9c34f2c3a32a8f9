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
        ImmutableArray.Create(DiagnosticIds.UncheckedGuardedRead, DiagnosticIds.PartialGuardCheck, DiagnosticIds.UncoveredGuardedRead);

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
            if (diagnostic.Id is DiagnosticIds.UncheckedGuardedRead or DiagnosticIds.UncoveredGuardedRead)
            {
                SyntaxNode? target = GuardCheckSyntax.WrappableStatement(node) ?? (SyntaxNode?)GuardCheckSyntax.WrappableExpressionBody(node);
                if (target is not null && GuardCheckSyntax.Check(properties, negate: false) is { } check)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create($"Check {guard} first", c => WrapAsync(context.Document, target, check, c), WrapKey),
                        diagnostic);
                }

                if (properties.TryGetValue(DiagnosticProperties.TryGet, out var tryGet) && tryGet is not null
                    && node is MemberAccessExpressionSyntax access && target is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create($"Use {tryGet}", c => UseTryGetAsync(context.Document, target, access, tryGet, properties[DiagnosticProperties.Guarded] ?? "value", c), TryGetKey),
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

    private static async Task<Document> WrapAsync(Document document, SyntaxNode target, ExpressionSyntax check, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(Checked(root, target, check, StatementOf(target)));
    }

    private static async Task<Document> UseTryGetAsync(Document document, SyntaxNode target, MemberAccessExpressionSyntax access, string tryGet, string guarded, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var name = char.ToLowerInvariant(guarded[0]) + guarded.Substring(1);
        var candidate = name;
        for (var suffix = 2; model is not null && model.LookupSymbols(target.SpanStart, name: candidate).Any(); suffix++)
        {
            candidate = name + suffix;
        }

        var replacement = SyntaxFactory.IdentifierName(candidate).WithTriviaFrom(access);
        var body = target is ArrowExpressionClauseSyntax arrow
            ? SyntaxFactory.ExpressionStatement(arrow.Expression.ReplaceNode(access, replacement).WithoutTrivia())
            : StatementOf(target).ReplaceNode(access, replacement);
        var call = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, access.Expression.WithoutTrivia(), SyntaxFactory.IdentifierName(tryGet)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.DeclarationExpression(SyntaxFactory.IdentifierName("var"), SyntaxFactory.SingleVariableDesignation(SyntaxFactory.Identifier(candidate))))
                    .WithRefKindKeyword(SyntaxFactory.Token(SyntaxKind.OutKeyword)))));
        return document.WithSyntaxRoot(Checked(root, target, call, body));
    }

    /// <summary>The statement to guard: the target itself, or an expression body as a statement.</summary>
    private static StatementSyntax StatementOf(SyntaxNode target) => target switch
    {
        StatementSyntax statement => statement,
        ArrowExpressionClauseSyntax arrow => SyntaxFactory.ExpressionStatement(arrow.Expression.WithoutTrivia()),
        _ => throw new System.ArgumentException("not a wrappable node", nameof(target)),
    };

    private static SyntaxNode Checked(SyntaxNode root, SyntaxNode target, ExpressionSyntax condition, StatementSyntax body)
    {
        var checkedStatement = SyntaxFactory.IfStatement(condition, SyntaxFactory.Block(body.WithoutLeadingTrivia().WithoutTrailingTrivia()));
        return target is ArrowExpressionClauseSyntax arrow
            ? GuardCheckSyntax.Replace(root, arrow, checkedStatement)
            : GuardCheckSyntax.Replace(root, (StatementSyntax)target, checkedStatement);
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

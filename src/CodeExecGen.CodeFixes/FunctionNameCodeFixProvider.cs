using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using CodeExecGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeExecGen.CodeFixes;

/// <summary>CEG2007: replace the unknown function name with the nearest declared one.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FunctionNameCodeFixProvider)), Shared]
public sealed class FunctionNameCodeFixProvider : CodeFixProvider
{
    public const string Key = "CEG2007.UseDeclaredName";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownFunctionName);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                && diagnostic.Properties.TryGetValue(DiagnosticProperties.SuggestedName, out var name) && name is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{name}'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal)))),
                        Key),
                    diagnostic);
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CodeExecGen.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Consultation;

/// <summary>
/// One compilation's facts about helpers of its own, computed once from their bodies and shared by every
/// method: which guards below a parameter (or <c>this</c>) a helper consults, how a helper that receives
/// the guard's value uses it, and whether a helper only measures a string it is given.
/// </summary>
internal sealed class ConsultationContext
{
    /// <summary>The ordinal that stands for the receiver.</summary>
    public const int This = -1;

    private const int MaxDepth = 3;

    private readonly ConcurrentDictionary<(IMethodSymbol, int), ImmutableArray<(string Suffix, GuardInfo Guard, Consulting Consulting)>> _consultations = new();
    private readonly ConcurrentDictionary<(IMethodSymbol, int, GuardInfo), Consulting> _guardParameters = new();
    private readonly ConcurrentDictionary<(IMethodSymbol, int), bool> _measures = new();
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly ConcurrentDictionary<IMethodSymbol, IOperation?> _bodies = new(SymbolEqualityComparer.Default);

    public ConsultationContext(Compilation compilation, GuardCatalog catalog, bool trustOpaqueMethods, CancellationToken cancellationToken)
    {
        Compilation = compilation;
        Catalog = catalog;
        TrustOpaqueMethods = trustOpaqueMethods;
        CancellationToken = cancellationToken;
    }

    public Compilation Compilation { get; }

    public GuardCatalog Catalog { get; }

    public bool TrustOpaqueMethods { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// The guards below a helper's parameter (or receiver) that its body consults, as path suffixes
    /// (<c>""</c> for the parameter itself, <c>".Result"</c> for a member of it). A method without a
    /// visible body consults the guarded type it is given, unless opaque methods are not trusted.
    /// </summary>
    public ImmutableArray<(string Suffix, GuardInfo Guard, Consulting Consulting)> HelperConsultations(IMethodSymbol method, int ordinal, int depth)
    {
        method = method.OriginalDefinition;
        if (BodyOf(method) is null)
        {
            var type = ordinal == This ? method.ContainingType : method.Parameters[ordinal].Type;
            var guards = Catalog.GuardsOf(type);
            return TrustOpaqueMethods && ordinal != This && !guards.IsEmpty && IsOwnedOpaque(method)
                ? guards.Select(g => (string.Empty, g, Consulting.Complete)).ToImmutableArray()
                : ImmutableArray<(string, GuardInfo, Consulting)>.Empty;
        }

        if (depth >= MaxDepth)
        {
            return ImmutableArray<(string, GuardInfo, Consulting)>.Empty;
        }

        return _consultations.GetOrAdd((method, ordinal), key => ComputeConsultations(key.Item1, key.Item2, depth + 1));
    }

    /// <summary>A method whose body this compilation cannot see.</summary>
    public bool IsOutside(IMethodSymbol method) => BodyOf(method.OriginalDefinition) is null;

    /// <summary>How a helper that receives a guard's value (<c>Badge(r.Outcome)</c>) uses it; a method without a body passes it on.</summary>
    public Consulting GuardParameterConsulting(IMethodSymbol method, int ordinal, GuardInfo guard, int depth)
    {
        method = method.OriginalDefinition;
        if (depth >= MaxDepth || BodyOf(method) is null || ordinal >= method.Parameters.Length)
        {
            return Consulting.Complete;
        }

        return _guardParameters.GetOrAdd((method, ordinal, guard), key =>
        {
            var scan = Scan(key.Item1, depth + 1);
            if (scan is null)
            {
                return Consulting.Complete;
            }

            var parameter = key.Item1.Parameters[key.Item2];
            var reads = scan.Operations.OfType<IParameterReferenceOperation>().Where(p => SymbolEqualityComparer.Default.Equals(p.Parameter, parameter)).ToList();

            // A helper that takes the value and does nothing visible with it (an assert stub) cannot be judged: it is passed on.
            return reads.Count == 0 ? Consulting.Complete : Outcomes.Best(reads.Select(p => Outcomes.Classify(p, key.Item3, scan, depth + 1)));
        });
    }

    /// <summary>A helper of this compilation that returns a number or bool and only measures the string it is given.</summary>
    public bool MeasuresOnly(IMethodSymbol method, int ordinal, int depth)
    {
        method = method.OriginalDefinition;
        if (depth >= MaxDepth || ordinal >= method.Parameters.Length
            || !(method.ReturnType.SpecialType == SpecialType.System_Boolean || OutputUses.IsNumeric(method.ReturnType))
            || BodyOf(method) is null)
        {
            return false;
        }

        return _measures.GetOrAdd((method, ordinal), key =>
        {
            var scan = Scan(key.Item1, depth + 1);
            var parameter = key.Item1.Parameters[key.Item2];
            return scan is not null && !scan.Operations.OfType<IParameterReferenceOperation>()
                .Where(p => SymbolEqualityComparer.Default.Equals(p.Parameter, parameter))
                .Any(p => OutputUses.IsUse(p, scan, depth + 1));
        });
    }

    private ImmutableArray<(string, GuardInfo, Consulting)> ComputeConsultations(IMethodSymbol method, int ordinal, int depth)
    {
        var scan = Scan(method, depth);
        if (scan is null)
        {
            return ImmutableArray<(string, GuardInfo, Consulting)>.Empty;
        }

        var root = ordinal == This ? "this" : AccessPaths.Parameter(method.Parameters[ordinal]);
        var found = ImmutableArray.CreateBuilder<(string, GuardInfo, Consulting)>();
        foreach (var pair in scan.Consulted)
        {
            var value = pair.Key.Value;
            if (value == root || value.StartsWith(root + ".", System.StringComparison.Ordinal) || value.StartsWith(root + "[", System.StringComparison.Ordinal))
            {
                found.Add((value.Substring(root.Length), pair.Key.Guard, pair.Value));
            }
        }

        return found.ToImmutable();
    }

    private MethodScan? Scan(IMethodSymbol method, int depth)
        => BodyOf(method) is { } body ? new MethodScan(body, this, depth) : null;

    /// <summary>The body of a method, local function or accessor declared in this compilation; null when it has none here.</summary>
    private IOperation? BodyOf(IMethodSymbol method) => _bodies.GetOrAdd(method, FindBody);

    private IOperation? FindBody(IMethodSymbol method)
    {
        if (method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.IsEmpty
            || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, Compilation.Assembly))
        {
            return null;
        }

        var reference = method.DeclaringSyntaxReferences[0];
        if (!Compilation.ContainsSyntaxTree(reference.SyntaxTree))
        {
            return null;
        }

        // Summarising a helper needs its semantic model; each summary is computed once per compilation.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
        var model = _models.GetOrAdd(reference.SyntaxTree, tree => Compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
        return model.GetOperation(reference.GetSyntax(CancellationToken), CancellationToken) switch
        {
            IMethodBodyOperation body => body,
            ILocalFunctionOperation local => local,
            IBlockOperation block => block,
            _ => null,
        };
    }

    /// <summary>An interface, abstract or other assembly's method: its body cannot be seen, so it is trusted to check what it is given.</summary>
    private static bool IsOwnedOpaque(IMethodSymbol method)
        => method.IsAbstract || method.IsExtern || method.ContainingType?.TypeKind == TypeKind.Interface || method.DeclaringSyntaxReferences.IsEmpty;
}

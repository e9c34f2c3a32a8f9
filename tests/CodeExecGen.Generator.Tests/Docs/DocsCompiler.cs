using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.Generator.Tests.Docs;

/// <summary>
/// Compiles the C# blocks of the docs as a user's project would: a net10.0 project with the SDK's implicit
/// usings and nullable on, the CodeExecGen package with no configuration (the generator runs, with its
/// embedded Gemini default), and the packages the docs name. A page's blocks share one compilation; a block
/// with top-level statements is a program, so it gets one of its own. The default's contracts do not depend
/// on a project's code, so they are generated once, into one compilation that every block's compilation
/// extends (bound once, not once per block); the generator then only adds what a block's code asks for
/// (function tools).
/// </summary>
internal static class DocsCompiler
{
    /// <summary>No documentation file, as a project without <c>GenerateDocumentationFile</c>: CS1591 cannot arise.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    /// <summary>
    /// The namespaces a block of members or statements is compiled under (a block that is a whole file names
    /// its own). A page with such blocks says so. When the runtime types move to the <c>CodeExecGen</c>
    /// namespace, it is one more entry here.
    /// </summary>
    public static readonly string[] FragmentUsings = ["GenerativeLanguage.V1beta"];

    /// <summary>
    /// Warnings a block may raise; every other warning fails it, as in a warnings-as-errors build (nullable
    /// warnings included: none is allowed). CS1591, a public member without XML docs, cannot arise here (no
    /// documentation file); it is listed because a pasted example need not document itself in a project that
    /// generates one either.
    /// </summary>
    public static readonly IReadOnlySet<string> AllowedWarnings = new HashSet<string>(StringComparer.Ordinal) { "CS1591" };

    // What the SDK writes for ImplicitUsings, on in `dotnet new console` and `dotnet new classlib`.
    private const string SdkImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly SyntaxTree ImplicitUsings = CSharpSyntaxTree.ParseText(SdkImplicitUsings, ParseOptions, "ImplicitUsings.g.cs");

    /// <summary>
    /// net10.0, and the packages the docs use with everything they depend on (what NuGet gives a project that
    /// references them): Microsoft.Extensions.AI, whose abstractions make the generator emit
    /// <c>AsIChatClient</c> and <c>AsAIFunctions</c>, and Microsoft.Extensions.Http.Resilience (docs/client.md's
    /// retries). The runtime assembly, when there is one, is one more entry.
    /// </summary>
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    [
        .. CodeExecGen.Tests.TestReferences.Net100,
        .. PackageClosure(
            typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly,
            typeof(Microsoft.Extensions.Http.Resilience.HttpRetryStrategyOptions).Assembly)
            .Select(a => MetadataReference.CreateFromFile(a.Location)),
    ]);

    /// <summary>
    /// The generator after one run with no code of the docs, and that run's output in a compilation: the
    /// default's contracts, which no block changes, bound once and shared.
    /// </summary>
    private static readonly Lazy<(GeneratorDriver Driver, CSharpCompilation Contracts, IReadOnlySet<string> Paths)> Generator = new(() =>
    {
        var empty = Create(OutputKind.DynamicallyLinkedLibrary, []);
        var driver = GeneratorRunner.CreateDriver([], out _, ParseOptions).RunGeneratorsAndUpdateCompilation(empty, out var contracts, out _);
        return (driver, (CSharpCompilation)contracts, driver.GetRunResult().GeneratedTrees.Select(t => t.FilePath).ToHashSet(StringComparer.Ordinal));
    });

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>>> Pages = new(StringComparer.Ordinal);

    /// <summary>What is wrong with the block <paramref name="name"/> (<c>page#n</c>) of <paramref name="page"/>; empty when nothing is.</summary>
    public static IReadOnlyList<string> Problems(string page, string name)
        => Pages.GetOrAdd(page, p => new(() => Check(p))).Value[name];

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Check(string page)
    {
        var problems = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var shared = new List<Block>();
        foreach (var (name, markdown) in MarkdownBlocks.CSharp(page))
        {
            var shape = BlockShapes.Of(markdown.Code, ParseOptions);
            if (shape == BlockShape.Excerpt)
            {
                problems[name] = Excerpts.Problems(markdown);
                continue;
            }

            var block = new Block(name, markdown, CSharpSyntaxTree.ParseText(Source(markdown, shape, shared.Count + 1), ParseOptions, name));
            if (shape == BlockShape.Program)
            {
                Compile(OutputKind.ConsoleApplication, [block], problems);
            }
            else
            {
                shared.Add(block);
            }
        }

        if (shared.Count > 0)
        {
            Compile(OutputKind.DynamicallyLinkedLibrary, shared, problems);
        }

        return problems;
    }

    /// <summary>The block as a source file; <c>#line</c> makes every diagnostic name the page and its line.</summary>
    private static string Source(MarkdownBlock block, BlockShape shape, int number)
    {
        var code = $"#line {block.Line} \"{block.Page}\"\n{block.Code}#line default\n";
        var usings = string.Concat(FragmentUsings.Select(u => "using " + u + ";\n"));
        return shape switch
        {
            BlockShape.Members => $"{usings}\nclass Block{number}\n{{\n{code}}}\n",
            BlockShape.Statements => $"{usings}\nclass Block{number}\n{{\n    {(block.Code.Contains("await", StringComparison.Ordinal) ? "async Task" : "void")} Run()\n    {{\n{code}    }}\n}}\n",
            _ => code,
        };
    }

    /// <summary>
    /// Compiles the blocks together, as one project with the generator running: the generator runs over the
    /// blocks (reusing the first run, so only what their code asks for is new), and its output for them joins
    /// the blocks in the compilation that holds the default's contracts. A block's problems are the compiler's
    /// errors and warnings in it (those allowed aside), the generator's at it unless the block names that ID
    /// (the CEG2008 page's example says <c>// CEG2008</c>), and any in what the generator wrote for these blocks.
    /// </summary>
    private static void Compile(OutputKind kind, List<Block> blocks, Dictionary<string, IReadOnlyList<string>> problems)
    {
        var (driver, contracts, contractPaths) = Generator.Value;
        var run = driver.RunGenerators(Create(kind, blocks.Select(b => b.Tree))).GetRunResult();
        var generatedForBlocks = run.GeneratedTrees.Where(t => !contractPaths.Contains(t.FilePath)).ToList();
        var project = contracts.WithOptions(contracts.Options.WithOutputKind(kind)).AddSyntaxTrees([.. blocks.Select(b => b.Tree), .. generatedForBlocks]);
        var shared = generatedForBlocks
            .SelectMany(t => project.GetSemanticModel(t).GetDiagnostics())
            .Concat(run.Diagnostics.Where(d => d.Location.SourceTree is null))
            .ToList();
        foreach (var block in blocks)
        {
            problems[block.Name] = project.GetSemanticModel(block.Tree).GetDiagnostics()
                .Concat(run.Diagnostics.Where(d => d.Location.SourceTree == block.Tree))
                .Concat(shared)
                .Where(d => Counts(d, block.Markdown.Code))
                .Select(d => d.ToString())
                .ToList();
        }
    }

    private static bool Counts(Diagnostic diagnostic, string code)
        => diagnostic.Severity switch
        {
            DiagnosticSeverity.Error or DiagnosticSeverity.Warning when diagnostic.Id.StartsWith("CEG", StringComparison.Ordinal) => !code.Contains(diagnostic.Id, StringComparison.Ordinal),
            DiagnosticSeverity.Error => true,
            DiagnosticSeverity.Warning => !AllowedWarnings.Contains(diagnostic.Id),
            _ => false,
        };

    private static CSharpCompilation Create(OutputKind kind, IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(
            "Docs",
            [ImplicitUsings, .. trees],
            References.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    /// <summary>The assemblies and what they reference, except the framework's (the reference assemblies have it).</summary>
    private static IEnumerable<Assembly> PackageClosure(params Assembly[] anchors)
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>(anchors);
        while (pending.TryPop(out var assembly))
        {
            if (!assembly.Location.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal) || !seen.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                pending.Push(Assembly.Load(name));
            }
        }

        return seen.Values.OrderBy(a => a.GetName().Name, StringComparer.Ordinal);
    }

    private sealed record Block(string Name, MarkdownBlock Markdown, SyntaxTree Tree);
}

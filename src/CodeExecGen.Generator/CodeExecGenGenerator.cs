using System;
using System.Linq;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Emit;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using System.Text;

namespace CodeExecGen.Generator;

/// <summary>
/// Turns each schema AdditionalFiles item (metadata <c>CodeExecGenSchema="true"</c>) into C# types.
/// This class only wires the pipeline; reading is in Schema/, writing in Emit/.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CodeExecGenGenerator : IIncrementalGenerator
{
    private const string SchemaMetadata = "build_metadata.AdditionalFiles.CodeExecGenSchema";
    private const string NamespaceMetadata = "build_metadata.AdditionalFiles.CodeExecGenNamespace";
    private const string OverlayMetadata = "build_metadata.AdditionalFiles.CodeExecGenOverlay";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The attribute the analyzers read; internal, so every assembly has its own. Not emitted when
        // the compilation already sees one (declared in source, or from a referenced assembly through
        // InternalsVisibleTo), which would be a duplicate (CS0101) or a conflict (CS0436). The lookup is
        // one dictionary probe; its bool result keeps everything downstream cached.
        var needsAttribute = context.CompilationProvider
            .Select(static (compilation, _) => !compilation.GetTypesByMetadataName("CodeExecGen." + SupportTypes.GuardedByAttribute)
                .Any(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)))
            .WithTrackingName(TrackingNames.NeedsAttribute);
        context.RegisterSourceOutput(needsAttribute, static (spc, needed) =>
        {
            if (needed)
            {
                AddSource(spc, "CodeExecGen.GuardedByAttribute.g.cs", SupportTypes.Emit(SupportTypes.GuardedByAttribute, "CodeExecGen"));
            }
        });

        var schemaFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var options = pair.Right.GetOptions(pair.Left);
                if (!options.TryGetValue(SchemaMetadata, out var isSchema) || !string.Equals(isSchema?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                options.TryGetValue(NamespaceMetadata, out var ns);
                options.TryGetValue(OverlayMetadata, out var overlay);
                var text = pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty;
                return new SchemaFile(pair.Left.Path, ns, text, overlay is null ? null : new OverlaySource(overlay, null, null));
            })
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.SchemaFiles);

        // Overlays are AdditionalFiles too; a schema names its own with CodeExecGenOverlay.
        var jsonFiles = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Collect();
        var schemaInputs = schemaFiles
            .Combine(jsonFiles)
            .Select(static (pair, cancellationToken) => pair.Left with
            {
                Overlay = OverlayResolver.Resolve(pair.Left.Path, pair.Left.Overlay?.Reference, pair.Right, cancellationToken),
            })
            .WithTrackingName(TrackingNames.SchemaInputs);

        var parsed = schemaInputs
            .Select(static (file, cancellationToken) => DiscoveryReader.Read(file.Path, file.Text, file.Namespace, cancellationToken, file.Overlay))
            .WithTrackingName(TrackingNames.ParsedSchemas);

        // Diagnostics are their own output: a diagnostic that moves does not re-emit code.
        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, ReportAll);

        var models = parsed
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .WithTrackingName(TrackingNames.Models);

        // Two schemas in one namespace would define every type twice: the first path (ordinal) keeps
        // the namespace, the others generate nothing and get CEG0007.
        var namespaceConflicts = models
            .Select(static (model, _) => new NamespaceOwner(model.Namespace, model.SourcePath))
            .Collect()
            .Select(static (owners, _) => NamespaceConflicts.Find(owners))
            .WithTrackingName(TrackingNames.NamespaceConflicts);
        context.RegisterSourceOutput(namespaceConflicts.Select(static (c, _) => c.Diagnostics), ReportAll);
        // The generated code uses UTF-8 string literals (C# 11). An older language version gets one
        // clear error per schema instead of a wall of compile errors.
        var languageVersion = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : int.MaxValue)
            .WithTrackingName(TrackingNames.LanguageVersion);
        context.RegisterSourceOutput(models.Combine(languageVersion), static (spc, pair) =>
        {
            if (pair.Right < (int)LanguageVersion.CSharp11)
            {
                spc.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LanguageVersionTooLow,
                    Location.Create(pair.Left.SourcePath, default, default),
                    pair.Left.SourcePath,
                    ((LanguageVersion)pair.Right).ToDisplayString()));
            }
        });
        var skippedPaths = namespaceConflicts
            .Combine(languageVersion)
            .Combine(models.Select(static (m, _) => m.SourcePath).Collect())
            .Select(static (pair, _) => pair.Left.Right < (int)LanguageVersion.CSharp11
                ? pair.Right.ToEquatableArray()
                : pair.Left.Left.SkippedPaths)
            .WithTrackingName(TrackingNames.SkippedPaths);

        // One item per type: editing one schema description re-emits only that type's file.
        var types = models
            .SelectMany(static (model, _) => model.Types.Select(type => new GeneratedType(model.SourcePath, type)))
            .WithTrackingName(TrackingNames.Types);
        context.RegisterSourceOutput(types.Combine(skippedPaths), static (spc, pair) =>
        {
            var (item, skipped) = pair;
            if (skipped.Contains(item.SourcePath))
            {
                return;
            }

            var type = item.Type;
            var converterHint = ConverterNames.Namespace(type.Namespace) + "." + type.Name + "Converter.g.cs";
            switch (type)
            {
                case ObjectTypeSpec objectType:
                    AddSource(spc, type.Namespace + "." + type.Name + ".g.cs", ModelEmitter.Emit(objectType));
                    AddSource(spc, converterHint, ConverterEmitter.Emit(objectType));
                    if (objectType.Union is not null)
                    {
                        AddSource(spc, type.Namespace + "." + type.Name + ".Union.g.cs", UnionEmitter.Emit(objectType));
                    }

                    break;
                case EnumTypeSpec enumType:
                    AddSource(spc, type.Namespace + "." + type.Name + ".g.cs", EnumEmitter.Emit(enumType));
                    AddSource(spc, converterHint, EnumConverterEmitter.Emit(enumType));
                    break;
            }
        });

        var namespaces = models
            .Select(static (model, _) => new SupportSpec(model.Namespace, model.SourcePath, model.HasCodeExecutionShape))
            .WithTrackingName(TrackingNames.Namespaces);
        context.RegisterSourceOutput(namespaces.Combine(skippedPaths), static (spc, pair) =>
        {
            var (support, skipped) = pair;
            if (skipped.Contains(support.Path))
            {
                return;
            }

            foreach (var file in SupportTypes.Files)
            {
                if (!file.NeedsCodeExecution || support.HasCodeExecutionShape)
                {
                    AddSource(spc, SupportTypes.HintName(support.Namespace, file), SupportTypes.Emit(file.File, support.Namespace));
                }
            }
        });

        // The resolver lists every type: it changes when names do, not when a description does.
        var resolvers = models
            .Select(static (model, _) => new ResolverSpec(model.Namespace, model.SourcePath, model.Types.Select(t => t.Name).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Resolvers);
        context.RegisterSourceOutput(resolvers.Combine(skippedPaths), static (spc, pair) =>
        {
            var (spec, skipped) = pair;
            if (skipped.Contains(spec.SourcePath))
            {
                return;
            }

            AddSource(spc, ConverterNames.Namespace(spec.Namespace) + ".ModelJsonResolver.g.cs", ResolverEmitter.Emit(spec));
        });
    }

    private static void AddSource(SourceProductionContext context, string hintName, string source)
        => context.AddSource(hintName, SourceText.From(source, Encoding.UTF8));

    private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}

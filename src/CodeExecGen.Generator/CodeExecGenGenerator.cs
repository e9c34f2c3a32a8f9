using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Emit;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

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

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
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
                var text = pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty;
                return new SchemaFile(pair.Left.Path, ns, text);
            })
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.SchemaFiles);

        var parsed = schemaFiles
            .Select(static (file, cancellationToken) => DiscoveryReader.Read(file.Path, file.Text, file.Namespace, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSchemas);

        // Diagnostics are their own output: a diagnostic that moves does not re-emit code.
        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        var models = parsed
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .WithTrackingName(TrackingNames.Models);

        // One item per type: editing one schema description re-emits only that type's file.
        var types = models
            .SelectMany(static (model, _) => model.Types)
            .WithTrackingName(TrackingNames.Types);
        context.RegisterSourceOutput(types, static (spc, type) =>
            AddSource(spc, type.Namespace + "." + type.Name + ".g.cs", type switch
            {
                ObjectTypeSpec objectType => ModelEmitter.Emit(objectType),
                EnumTypeSpec enumType => EnumEmitter.Emit(enumType),
                _ => string.Empty,
            }));

        var namespaces = models
            .Select(static (model, _) => model.Namespace)
            .WithTrackingName(TrackingNames.Namespaces);
        context.RegisterSourceOutput(namespaces, static (spc, ns) =>
        {
            foreach (var name in SupportTypes.Names)
            {
                AddSource(spc, ns + "." + name + ".g.cs", SupportTypes.Emit(name, ns));
            }
        });

        var namespaceOwners = models
            .Select(static (model, _) => new NamespaceOwner(model.Namespace, model.SourcePath))
            .Collect()
            .Select(static (owners, _) => FindDuplicateNamespaces(owners))
            .WithTrackingName(TrackingNames.NamespaceOwners);
        context.RegisterSourceOutput(namespaceOwners, static (spc, duplicates) =>
        {
            foreach (var duplicate in duplicates)
            {
                spc.ReportDiagnostic(duplicate.ToDiagnostic());
            }
        });
    }

    private static EquatableArray<DiagnosticInfo> FindDuplicateNamespaces(ImmutableArray<NamespaceOwner> owners)
    {
        var duplicates = new List<DiagnosticInfo>();
        foreach (var group in owners.GroupBy(o => o.Namespace, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var paths = group.Select(o => o.Path).OrderBy(p => p, StringComparer.Ordinal).ToList();
            for (var i = 1; i < paths.Count; i++)
            {
                duplicates.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateNamespace, new LocationInfo(paths[i], 0, 0, 0, 0, 0, 0), paths[0], paths[i], group.Key));
            }
        }

        return duplicates.ToEquatableArray();
    }

    private static void AddSource(SourceProductionContext context, string hintName, string source)
    {
        try
        {
            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
        catch (ArgumentException)
        {
            // Two schemas generating into one namespace: CEG0007 already says so. Never crash the build.
        }
    }

    private sealed record NamespaceOwner(string Namespace, string Path);
}

using System;
using System.Linq;
using System.Text;
using CodeExecGen.Generator.Bind;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Emit;
using CodeExecGen.Generator.Functions;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;
using CodeExecGen.Generator.References;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CodeExecGen.Generator;

/// <summary>
/// Turns each schema AdditionalFiles item (metadata <c>CodeExecGenSchema="true"</c>) into C# types.
/// This class only wires the pipeline: Read/ reads a document, Bind/ names everything into the
/// Model/ spec, Emit/ writes text.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CodeExecGenGenerator : IIncrementalGenerator
{
    private const string SchemaMetadata = "build_metadata.AdditionalFiles.CodeExecGenSchema";
    private const string NamespaceMetadata = "build_metadata.AdditionalFiles.CodeExecGenNamespace";
    private const string OverlayMetadata = "build_metadata.AdditionalFiles.CodeExecGenOverlay";
    private const string AccessibilityMetadata = "build_metadata.AdditionalFiles.CodeExecGenAccessibility";
    private const string RootTypesMetadata = "build_metadata.AdditionalFiles.CodeExecGenRootTypes";
    private const string ClientMetadata = "build_metadata.AdditionalFiles.CodeExecGenClient";
    private const string DefaultClientProperty = "build_property.CodeExecGenDefaultClient";
    private const string DefaultProperty = "build_property.CodeExecGenDefault";
    private const string DefaultNamespaceProperty = "build_property.CodeExecGenDefaultNamespace";
    private const string DefaultRootTypesProperty = "build_property.CodeExecGenDefaultRootTypes";
    private const string DefaultRootTypesListProperty = "build_property._CodeExecGenDefaultRootTypes"; // with ',' (CodeExecGen.targets)
    private const string AccessibilityProperty = "build_property.CodeExecGenAccessibility";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new GeneratorOptions(
                Value(provider.GlobalOptions, DefaultProperty),
                Value(provider.GlobalOptions, DefaultNamespaceProperty),
                Value(provider.GlobalOptions, DefaultRootTypesListProperty) ?? Value(provider.GlobalOptions, DefaultRootTypesProperty),
                Value(provider.GlobalOptions, AccessibilityProperty),
                Value(provider.GlobalOptions, DefaultClientProperty)))
            .WithTrackingName(TrackingNames.Options);

        var itemFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var itemOptions = pair.Right.GetOptions(pair.Left);
                if (!IsTrue(Value(itemOptions, SchemaMetadata)))
                {
                    return null;
                }

                var text = pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty;
                var overlay = Value(itemOptions, OverlayMetadata);
                return new SchemaFile(
                    pair.Left.Path,
                    Value(itemOptions, NamespaceMetadata),
                    text,
                    overlay is null ? null : new OverlaySource(overlay, null, null),
                    Value(itemOptions, AccessibilityMetadata) ?? Value(pair.Right.GlobalOptions, AccessibilityProperty),
                    Value(itemOptions, RootTypesMetadata),
                    Value(itemOptions, ClientMetadata));
            })
            .Where(static file => file is not null)
            .Select(static (file, _) => file!);

        // What the project references that changes the output: the precompiled Gemini contracts, and
        // Microsoft.Extensions.AI. From the metadata references, so it runs when they change, not per edit.
        var references = context.MetadataReferencesProvider
            .Collect()
            .Select(static (all, _) => ReferenceFacts.From(all))
            .WithTrackingName(TrackingNames.References);

        // The embedded Gemini schema: on when the project names no schema of its own (CodeExecGenDefault
        // unset or auto), always with true, never with false; never when the package's targets kept the
        // precompiled contracts, which are the same document compiled once. Its overlay ships in the generator too.
        var collectedItems = itemFiles.Collect();
        var defaultFile = collectedItems
            .Combine(options)
            .Combine(references)
            .Select(static (input, _) =>
            {
                var ((items, settings), referenced) = input;
                return !referenced.PrecompiledContracts && EmbeddedSchema.Wanted(settings.DefaultMode, hasOwnSchemas: !items.IsEmpty)
                    ? new SchemaFile(EmbeddedSchema.Path, settings.DefaultNamespace, EmbeddedSchema.Text, null, settings.Accessibility, settings.DefaultRootTypes, EmbeddedSchema.ClientValue(settings.DefaultClient))
                    : null;
            });
        var schemaFiles = collectedItems
            .Combine(defaultFile)
            .SelectMany(static (pair, _) => pair.Right is { } embedded ? pair.Left.Add(embedded) : pair.Left)
            .WithTrackingName(TrackingNames.SchemaFiles);
        context.RegisterSourceOutput(options, static (spc, settings) =>
        {
            if (settings.DefaultMode is { } mode && !EmbeddedSchema.IsValidMode(mode))
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidOption, Location.None, "CodeExecGenDefault", mode, "auto, true, false", "auto"));
            }

            if (settings.DefaultClient is { } client && !EmbeddedSchema.IsValidClientValue(client))
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidOption, Location.None, "CodeExecGenDefaultClient", client, "true, false", "false"));
            }
        });
        context.RegisterSourceOutput(options.Combine(references), static (spc, pair) =>
        {
            if (pair.Right.PrecompiledContracts)
            {
                foreach (var setting in PrecompiledContracts.IgnoredSettings(pair.Left))
                {
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PrecompiledSettingIgnored, Location.None, setting));
                }
            }
        });

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
            .Select(static (file, cancellationToken) => Binder.ReadAndBind(file.Path, file.Text, file.Namespace, file.Overlay, new BindOptions(file.Accessibility, file.RootTypes, file.Client), cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSchemas);

        // Diagnostics are their own output: a diagnostic that moves does not re-emit code.
        // The embedded document's own quirks (CEG0003, CEG0004: informational) are not the project's to fix,
        // and would point into a file the project does not have: they are left out.
        context.RegisterSourceOutput(
            parsed.Select(static (result, _) => result.Diagnostics.Where(d => !EmbeddedSchema.IsQuirk(d)).ToEquatableArray()).WithTrackingName(TrackingNames.Diagnostics),
            ReportAll);

        var models = parsed
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .WithTrackingName(TrackingNames.Models);

        var namespaceConflicts = models
            .Select(static (model, _) => new NamespaceOwner(model.Namespace, model.SourcePath))
            .Collect()
            .Combine(references)
            .Select(static (pair, _) => NamespaceConflicts.Find(pair.Right.PrecompiledContracts ? pair.Left.Add(PrecompiledContracts.Owner) : pair.Left))
            .WithTrackingName(TrackingNames.NamespaceConflicts);
        context.RegisterSourceOutput(namespaceConflicts.Select(static (c, _) => c.Diagnostics), ReportAll);

        // The generated code uses UTF-8 string literals (C# 11). An older language version gets one
        // clear error per schema and no code, instead of a wall of compile errors.
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
        var tooOld = languageVersion.Select(static (version, _) => version < (int)LanguageVersion.CSharp11);
        var skippedPaths = namespaceConflicts
            .Combine(tooOld)
            .Select(static (pair, _) => new SkippedPaths(pair.Right, pair.Left.SkippedPaths))
            .WithTrackingName(TrackingNames.SkippedPaths);

        // Skipped models are filtered once; everything below is emitted.
        var emitted = models
            .Combine(skippedPaths)
            .Where(static pair => !pair.Right.Skips(pair.Left.SourcePath))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.EmittedModels);

        // One item per type: editing one schema description re-emits only that type's files.
        var types = emitted
            .SelectMany(static (model, _) => model.Types.Select(type => new GeneratedType(model.SourcePath, type)))
            .WithTrackingName(TrackingNames.Types);
        context.RegisterSourceOutput(types, static (spc, item) =>
        {
            var type = item.Type;
            switch (type)
            {
                case ObjectTypeSpec objectType:
                    AddSource(spc, HintNames.Type(type), ModelEmitter.Emit(objectType));
                    AddSource(spc, HintNames.Converter(type), ConverterEmitter.Emit(objectType));
                    if (objectType.Union is not null)
                    {
                        AddSource(spc, HintNames.Union(type), UnionEmitter.Emit(objectType));
                    }

                    break;
                case EnumTypeSpec enumType:
                    AddSource(spc, HintNames.Type(type), EnumEmitter.Emit(enumType));
                    AddSource(spc, HintNames.Converter(type), EnumConverterEmitter.Emit(enumType));
                    break;
            }
        });

        var supportFiles = emitted
            .Select(static (model, _) => new NamespaceSupport(model.Namespace, model.SupportFiles))
            .WithTrackingName(TrackingNames.SupportFiles);
        context.RegisterSourceOutput(supportFiles, static (spc, support) =>
        {
            foreach (var file in support.Files)
            {
                AddSource(spc, file.HintName, SupportTypes.Emit(file.File, support.Namespace, file.Accessibility, file.Source));
            }
        });

        // The client changes only when a method, a resource or a type name it uses does.
        var clients = emitted
            .Where(static model => model.Client is not null)
            .Select(static (model, _) => model.Client!)
            .WithTrackingName(TrackingNames.Clients);
        context.RegisterSourceOutput(clients, static (spc, client) =>
        {
            AddSource(spc, client.HintName, ClientEmitter.Emit(client));
            if (client.WaitsForFiles)
            {
                AddSource(spc, HintNames.ChatSupport(client.Namespace, SupportFile.FileActivation), SupportTypes.Emit(SupportFile.FileActivation, client.Namespace, client.Accessibility, client.Source));
            }

            if (client.ConnectsLive)
            {
                AddSource(spc, HintNames.ChatSupport(client.Namespace, SupportFile.LiveSession), SupportTypes.Emit(SupportFile.LiveSession, client.Namespace, client.Accessibility, client.Source));
            }
        });

        // The IChatClient and the AIFunctions only when the project references Microsoft.Extensions.AI's
        // abstractions, so nobody else compiles them. Over precompiled contracts, the chat client is
        // generated here, internal: it follows the project's Microsoft.Extensions.AI, not the one the
        // package was built with, and two assemblies never both expose one.
        context.RegisterSourceOutput(clients.Combine(references), static (spc, pair) =>
        {
            if (pair.Right.ChatContents && pair.Left.SupportsChat)
            {
                AddChatClient(spc, pair.Left.Namespace, pair.Left.Accessibility, pair.Left.Source, pair.Right.HostedFiles && pair.Left.HostsFiles);
            }
        });
        context.RegisterSourceOutput(references, static (spc, referenced) =>
        {
            if (referenced.PrecompiledContracts && referenced.ChatContents)
            {
                AddChatClient(spc, ReferenceFacts.PrecompiledNamespace, "internal", PrecompiledContracts.Source, referenced.HostedFiles);
            }
        });

        // Function tools: [GeminiFunction] methods of partial classes. Only the annotated methods are
        // looked at (ForAttributeWithMetadataName); each becomes an equatable spec, grouped per class.
        var functionMethods = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                FunctionParser.AttributeMetadataName,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                static (syntax, cancellationToken) => FunctionParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.FunctionMethods);
        var geminiNamespace = emitted
            .Where(static model => model.Capabilities.FunctionTools)
            .Select(static (model, _) => model.Namespace)
            .Collect()
            .Combine(references)
            .Select(static (pair, _) => pair.Right.PrecompiledContracts ? ReferenceFacts.PrecompiledNamespace : pair.Left.OrderBy(n => n, StringComparer.Ordinal).FirstOrDefault())
            .WithTrackingName(TrackingNames.FunctionNamespace);
        var collectedFunctions = functionMethods.Collect();
        var functionTools = collectedFunctions
            .Select(static (methods, _) => FunctionTools.Group(methods))
            .WithTrackingName(TrackingNames.FunctionTools);
        context.RegisterSourceOutput(functionTools.Select(static (tools, _) => tools.Diagnostics), ReportAll);
        context.RegisterSourceOutput(collectedFunctions.Combine(geminiNamespace), static (spc, pair) =>
        {
            if (pair.Right is null)
            {
                ReportAll(spc, FunctionTools.WithoutContracts(pair.Left).ToEquatableArray());
            }
        });

        // The tools without locations: an edit that moves a method (or changes its body) re-emits nothing.
        var toolsToEmit = functionTools
            .Select(static (tools, _) => tools.Tools)
            .WithTrackingName(TrackingNames.FunctionToolSpecs);
        context.RegisterSourceOutput(toolsToEmit.Combine(geminiNamespace).Combine(references), static (spc, input) =>
        {
            var ((tools, gemini), extensions) = input;
            if (tools.Count == 0 || gemini is null)
            {
                return;
            }

            AddSource(spc, HintNames.ChatSupport(gemini, FunctionTools.RuntimeFile), SupportTypes.Emit(FunctionTools.RuntimeFile, gemini));
            foreach (var tool in tools)
            {
                AddSource(spc, tool.HintName, FunctionToolEmitter.Emit(tool, gemini, extensions.AIFunction));
            }
        });

        // The resolver lists every type: it changes when names do, not when a description does.
        var resolvers = emitted
            .Select(static (model, _) => model.Resolver)
            .WithTrackingName(TrackingNames.Resolvers);
        context.RegisterSourceOutput(resolvers, static (spc, spec) => AddSource(spc, spec.HintName, ResolverEmitter.Emit(spec)));
    }

    private static void AddChatClient(SourceProductionContext context, string ns, string accessibility, string? source, bool hostedFiles)
    {
        foreach (var file in new[] { GeneratedNames.ChatMapping, GeneratedNames.ChatClient })
        {
            AddSource(context, HintNames.ChatSupport(ns, file), SupportTypes.Emit(file, ns, accessibility, source));
        }

        // Microsoft.Extensions.AI 10.5 added IHostedFileClient; an older one gets the chat client alone.
        if (hostedFiles)
        {
            AddSource(context, HintNames.ChatSupport(ns, GeneratedNames.HostedFileClient), SupportTypes.Emit(GeneratedNames.HostedFileClient, ns, accessibility, source));
        }
    }

    private static string? Value(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

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

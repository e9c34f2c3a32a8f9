using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace CodeExecGen.Generator.References;

/// <summary>
/// What the project references that changes what is generated: the package's precompiled Gemini contracts,
/// and Microsoft.Extensions.AI's abstractions (code-interpreter contents, 10.6 or newer, for the chat client;
/// AIFunction for the tools). Read from the metadata references, not the compilation, so an edit to a
/// document never asks again; only a change of references does.
/// </summary>
internal sealed record ReferenceFacts(bool PrecompiledContracts, bool ChatContents, bool AIFunction)
{
    /// <summary>The assembly the package builds from the embedded document at pack time.</summary>
    public const string PrecompiledAssembly = "CodeExecGen.Gemini";

    /// <summary>Its namespace: the embedded document's, as in-project generation names it.</summary>
    public const string PrecompiledNamespace = "GenerativeLanguage.V1beta";

    private const string AbstractionsAssembly = "Microsoft.Extensions.AI.Abstractions";
    private const string AINamespace = "Microsoft.Extensions.AI";
    private const string ChatContentsType = "CodeInterpreterToolCallContent";

    public static ReferenceFacts From(ImmutableArray<ReferenceFact> facts)
        => new(facts.Any(f => f.IsPrecompiled), facts.Any(f => f.HasChatContents), facts.Any(f => f.IsAbstractions));

    /// <summary>The one fact of a reference that matters here; most references have none.</summary>
    public static ReferenceFact Of(MetadataReference reference)
    {
        var name = reference is PortableExecutableReference { FilePath: { } path } ? System.IO.Path.GetFileNameWithoutExtension(path) : NameOf(reference.Display);
        if (string.Equals(name, PrecompiledAssembly, StringComparison.OrdinalIgnoreCase))
        {
            return new ReferenceFact(true, false, false);
        }

        if (string.Equals(name, AbstractionsAssembly, StringComparison.OrdinalIgnoreCase))
        {
            return new ReferenceFact(false, true, DefinesChatContents(reference));
        }

        return ReferenceFact.None;
    }

    private static string? NameOf(string? display)
        => display is null ? null : System.IO.Path.GetFileNameWithoutExtension(display);

    /// <summary>One pass over the assembly's type definitions, when its reference is first seen.</summary>
    private static bool DefinesChatContents(MetadataReference reference)
    {
        try
        {
            if (reference is not PortableExecutableReference executable || executable.GetMetadata() is not AssemblyMetadata assembly)
            {
                return false;
            }

            foreach (var module in assembly.GetModules())
            {
                var reader = module.GetMetadataReader();
                foreach (var handle in reader.TypeDefinitions)
                {
                    var type = reader.GetTypeDefinition(handle);
                    if (reader.StringComparer.Equals(type.Name, ChatContentsType) && reader.StringComparer.Equals(type.Namespace, AINamespace))
                    {
                        return true;
                    }
                }
            }
        }
        catch (Exception exception) when (exception is BadImageFormatException or System.IO.IOException or InvalidOperationException)
        {
            // A reference that cannot be read is not Microsoft.Extensions.AI as we know it: no chat client.
        }

        return false;
    }
}

/// <summary>One reference's fact: the precompiled contracts, or the Microsoft.Extensions.AI abstractions (and whether they have code-interpreter contents).</summary>
internal sealed record ReferenceFact(bool IsPrecompiled, bool IsAbstractions, bool HasChatContents)
{
    public static readonly ReferenceFact None = new(false, false, false);
}

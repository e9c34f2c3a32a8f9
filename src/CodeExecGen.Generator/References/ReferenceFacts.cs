using System;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace CodeExecGen.Generator.References;

/// <summary>
/// What the project references that changes what is generated: the package's precompiled Gemini contracts,
/// and Microsoft.Extensions.AI's abstractions (code-interpreter contents, 10.6 or newer, for the chat client;
/// AIFunction for the tools; <c>IHostedFileClient</c>, 10.5 or newer, for the hosted file client). Read from the metadata references, not the compilation, so an edit to a
/// document never asks again; only a change of references does.
/// </summary>
internal sealed record ReferenceFacts(bool PrecompiledContracts, bool ChatContents, bool AIFunction, bool HostedFiles)
{
    /// <summary>The assembly the package builds from the embedded document at pack time.</summary>
    public const string PrecompiledAssembly = "CodeExecGen.Gemini";

    /// <summary>Its namespace: the embedded document's, as in-project generation names it.</summary>
    public const string PrecompiledNamespace = "GenerativeLanguage.V1beta";

    private const string AbstractionsAssembly = "Microsoft.Extensions.AI.Abstractions";
    private const string AINamespace = "Microsoft.Extensions.AI";
    private const string ChatContentsType = "CodeInterpreterToolCallContent";
    private const string HostedFilesType = "IHostedFileClient";

    /// <summary>
    /// One pass over the references, collected: Roslyn keeps the collection cached while the reference set
    /// stays, so this runs when a reference changes. (A step per reference cost 3x more per edit: the driver
    /// walks each one's table on every run.)
    /// </summary>
    public static ReferenceFacts From(ImmutableArray<MetadataReference> references)
    {
        bool precompiled = false, abstractions = false, chatContents = false, hostedFiles = false;
        foreach (var reference in references)
        {
            var name = reference is PortableExecutableReference { FilePath: { } path } ? System.IO.Path.GetFileNameWithoutExtension(path) : NameOf(reference.Display);
            if (string.Equals(name, PrecompiledAssembly, StringComparison.OrdinalIgnoreCase))
            {
                precompiled = true;
            }
            else if (string.Equals(name, AbstractionsAssembly, StringComparison.OrdinalIgnoreCase))
            {
                abstractions = true;
                var defined = Defines(reference);
                chatContents |= defined.ChatContents;
                hostedFiles |= defined.HostedFiles;
            }
        }

        return new ReferenceFacts(precompiled, chatContents, abstractions, hostedFiles);
    }

    private static string? NameOf(string? display)
        => display is null ? null : System.IO.Path.GetFileNameWithoutExtension(display);

    /// <summary>One pass over the assembly's type definitions, when its reference is first seen.</summary>
    private static (bool ChatContents, bool HostedFiles) Defines(MetadataReference reference)
    {
        bool chatContents = false, hostedFiles = false;
        try
        {
            if (reference is not PortableExecutableReference executable || executable.GetMetadata() is not AssemblyMetadata assembly)
            {
                return (false, false);
            }

            foreach (var module in assembly.GetModules())
            {
                var reader = module.GetMetadataReader();
                foreach (var handle in reader.TypeDefinitions)
                {
                    var type = reader.GetTypeDefinition(handle);
                    if (reader.StringComparer.Equals(type.Namespace, AINamespace))
                    {
                        chatContents |= reader.StringComparer.Equals(type.Name, ChatContentsType);
                        hostedFiles |= reader.StringComparer.Equals(type.Name, HostedFilesType);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is BadImageFormatException or System.IO.IOException or InvalidOperationException)
        {
            // A reference that cannot be read is not Microsoft.Extensions.AI as we know it: no chat client.
            return (false, false);
        }

        return (chatContents, hostedFiles);
    }
}

using System;
using System.Collections.Generic;

namespace CodeExecGen.Generator.References;

/// <summary>
/// The package's precompiled Gemini contracts as the pipeline sees them: the owner of their namespace, and the
/// knobs that would have shaped in-project generation but cannot change a compiled assembly.
/// </summary>
internal static class PrecompiledContracts
{
    /// <summary>The origin written into what is generated beside them (the internal chat client).</summary>
    public const string Source = "the precompiled Gemini contracts";

    /// <summary>They own their namespace before any schema item (CEG0007 for an item that takes it).</summary>
    public static readonly NamespaceOwner Owner = new(ReferenceFacts.PrecompiledNamespace, ReferenceFacts.PrecompiledAssembly + ".dll", Precompiled: true);

    /// <summary>Each knob the project set that shapes the embedded document's contracts, as written (CEG0014).</summary>
    public static IEnumerable<string> IgnoredSettings(GeneratorOptions options)
    {
        if (string.Equals(options.DefaultMode, "true", StringComparison.OrdinalIgnoreCase))
        {
            yield return "CodeExecGenDefault=true";
        }

        if (options.DefaultNamespace is { } ns && ns != ReferenceFacts.PrecompiledNamespace)
        {
            yield return "CodeExecGenDefaultNamespace=" + ns;
        }

        if (string.Equals(options.Accessibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            yield return "CodeExecGenAccessibility=internal";
        }

        if (options.DefaultRootTypes is { } roots)
        {
            yield return "CodeExecGenDefaultRootTypes=" + roots;
        }

        if (string.Equals(options.DefaultClient, "false", StringComparison.OrdinalIgnoreCase))
        {
            yield return "CodeExecGenDefaultClient=false";
        }
    }
}

using CodeExecGen.Generator.Helpers;

namespace CodeExecGen.Generator.Schema;

/// <summary>What the resolver needs: the namespace and every generated type name. Descriptions do not touch it.</summary>
internal sealed record ResolverSpec(string Namespace, string SourcePath, EquatableArray<string> TypeNames);

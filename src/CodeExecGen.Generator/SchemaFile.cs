namespace CodeExecGen.Generator;

/// <summary>One schema AdditionalFiles item: its path, requested namespace and text. Equatable by value.</summary>
internal sealed record SchemaFile(string Path, string? Namespace, string Text);

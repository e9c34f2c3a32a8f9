using CodeExecGen.Generator.Schema;

namespace CodeExecGen.Generator;

/// <summary>One schema AdditionalFiles item: its path, requested namespace, text and overlay. Equatable by value.</summary>
internal sealed record SchemaFile(string Path, string? Namespace, string Text, OverlaySource? Overlay = null);

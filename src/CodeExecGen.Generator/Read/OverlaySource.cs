namespace CodeExecGen.Generator.Read;

/// <summary>
/// The overlay a schema item names in CodeExecGenOverlay: the reference as written, and the
/// matching AdditionalFiles item's path and text (null when no item matches).
/// </summary>
internal sealed record OverlaySource(string? Reference, string? Path, string? Text);

using System.Collections.Generic;
using CodeExecGen.Generator.Diagnostics;

namespace CodeExecGen.Generator.Read;

/// <summary>
/// What the overlay file declares (see schema/codeexecgen-overlay.schema.json). Lives only inside one
/// parse step; every entry keeps its location for diagnostics.
/// </summary>
internal sealed class Overlay
{
    public static readonly Overlay Empty = new();

    public List<OverlayUnion> Unions { get; } = new();

    public List<OverlayGuard> Guards { get; } = new();

    public List<OverlayName> Factories { get; } = new();

    public List<OverlayRename> Renames { get; } = new();
}

/// <summary>A name in the overlay and where it is written.</summary>
internal sealed record OverlayName(string Value, LocationInfo Location);

internal sealed record OverlayUnion(OverlayName Schema, string Name, List<OverlayName> Members);

internal sealed record OverlayGuard(OverlayName Schema, OverlayName Property, OverlayName Guard, List<OverlayName> Success);

internal sealed record OverlayRename(OverlayName Schema, OverlayName Property, OverlayName Name);

using System.Collections.Generic;
using CodeExecGen.Generator.Diagnostics;

namespace CodeExecGen.Generator.Read;

/// <summary>A Discovery resource (<c>models</c>, <c>tunedModels.operations</c>): its methods and nested resources, in document order.</summary>
internal sealed class ResourceDescription
{
    public ResourceDescription(string name, LocationInfo location)
    {
        Name = name;
        Location = location;
    }

    public string Name { get; }

    public LocationInfo Location { get; }

    public List<MethodDescription> Methods { get; } = new();

    public List<ResourceDescription> Resources { get; } = new();
}

/// <summary>
/// One REST method as the document writes it: verb, path template relative to the service URL
/// (<c>v1beta/{+model}:generateContent</c>), the schema ids of its body and answer, and its parameters.
/// </summary>
internal sealed record MethodDescription(
    string Name,
    LocationInfo Location,
    string HttpMethod,
    string Path,
    string? RequestRef,
    string? ResponseRef,
    string? Description,
    bool Deprecated,
    IReadOnlyList<ParameterDescription> Parameters,
    IReadOnlyList<string> ParameterOrder)
{
    /// <summary>The method's <c>mediaUpload</c>, when it says <c>supportsMediaUpload</c> and the object is well formed.</summary>
    public MediaUploadDescription? MediaUpload { get; init; }
}

/// <summary>
/// A method's <c>mediaUpload</c> as written: <c>accept</c> patterns, <c>maxSize</c> still as text (a
/// decimal string, checked by Bind), and the <c>protocols.simple.path</c> / <c>protocols.resumable.path</c>
/// templates, relative to the root URL.
/// </summary>
internal sealed record MediaUploadDescription(
    LocationInfo Location,
    IReadOnlyList<string> Accept,
    string? MaxSize,
    string? SimplePath,
    string? ResumablePath);

/// <summary>A path or query parameter: its wire type, and the <c>pattern</c> a path parameter's value must match.</summary>
internal sealed record ParameterDescription(
    string Name,
    LocationInfo Location,
    bool InPath,
    WireType Type,
    bool Required,
    bool Repeated,
    string? Pattern,
    string? Description);

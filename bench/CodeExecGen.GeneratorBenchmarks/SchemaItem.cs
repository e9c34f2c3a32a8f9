using System.Collections.Generic;
using CodeExecGen.Generator.Tests.Infrastructure;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>A schema file as a consumer declares it: the text, and the item metadata that marks it.</summary>
internal sealed record SchemaItem(TestAdditionalText File, TestOptionsProvider Options)
{
    private const string Path = "/project/schema.json";

    public static SchemaItem Create(string text, string ns) => new(
        new TestAdditionalText(Path, text),
        new TestOptionsProvider(new Dictionary<string, Dictionary<string, string>>
        {
            [Path] = new() { ["build_metadata.AdditionalFiles.CodeExecGenSchema"] = "true", ["build_metadata.AdditionalFiles.CodeExecGenNamespace"] = ns },
        }));
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;

namespace CodeExecGen.IdeCost;

/// <summary>
/// Rounds of: for each consumer in turn, a new workspace opens the project (timed apart: the SDK's evaluation,
/// the same for every project), every document's diagnostics are computed (the first run: generators, binding,
/// analyzers from nothing), then Program.cs is edited and they are computed again, five times (what each edit
/// costs the language server). Consumers are interleaved within a round, so a busy neighbour slows them
/// alike; each time is the median of the rounds, and each ratio the median of the rounds' ratios to the
/// first consumer.
/// </summary>
internal static class Measurement
{
    private const int EditsPerRound = 5;

    public static async Task<int> RunAsync(string? output, int rounds, bool warmUp, IReadOnlyList<Consumer> consumers)
    {
        if (warmUp)
        {
            // JIT and the host's first-use costs land in a round no figure reads.
            foreach (var consumer in consumers)
            {
                await MeasureAsync(consumer, 0).ConfigureAwait(false);
            }
        }

        var samples = consumers.ToDictionary(consumer => consumer, _ => new List<Sample>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var consumer in consumers)
            {
                var sample = await MeasureAsync(consumer, round).ConfigureAwait(false);
                samples[consumer].Add(sample);
                Console.Error.WriteLine($"round {round} {consumer.Name}: open {sample.OpenSeconds:F2} s, first {sample.FirstSeconds:F2} s, after an edit {sample.EditSeconds:F2} s");
            }
        }

        var baseline = samples[consumers[0]];
        var report = new
        {
            rounds,
            baseline = consumers[0].Name,
            consumers = consumers.Select(consumer =>
            {
                var own = samples[consumer];
                var last = own[^1].Diagnostics;
                return new
                {
                    name = consumer.Name,
                    project = consumer.Project,
                    documents = last.Documents,
                    generatedDocuments = last.GeneratedDocuments,
                    analyzers = last.Analyzers,
                    compilerDiagnostics = last.CompilerDiagnostics,
                    analyzerDiagnostics = last.AnalyzerDiagnostics,
                    openSeconds = Median(own.Select(s => s.OpenSeconds)),
                    firstSeconds = Median(own.Select(s => s.FirstSeconds)),
                    editSeconds = Median(own.Select(s => s.EditSeconds)),
                    // Each round's time over the baseline's in the same round, moments apart: a load that drifts between rounds cancels out.
                    firstRatio = Median(own.Zip(baseline, (s, b) => s.FirstSeconds / b.FirstSeconds)),
                    editRatio = Median(own.Zip(baseline, (s, b) => s.EditSeconds / b.EditSeconds)),
                };
            }).ToArray(),
        };

        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
        if (output is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(output, json);
        }

        Console.WriteLine(json);
        return 0;
    }

    private static async Task<Sample> MeasureAsync(Consumer consumer, int round)
    {
        var watch = Stopwatch.StartNew();
        using var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        using var failed = workspace.RegisterWorkspaceFailedHandler(e => failures.Add(e.Diagnostic.ToString()));
        var project = await workspace.OpenProjectAsync(consumer.Project).ConfigureAwait(false);
        var open = watch.Elapsed.TotalSeconds;

        watch.Restart();
        var first = await ProjectDiagnostics.ComputeAsync(project).ConfigureAwait(false);
        var firstSeconds = watch.Elapsed.TotalSeconds;
        Verify(consumer, first, failures);

        // Each edit a declaration more at the end of Program.cs (valid after top-level statements and in a
        // namespace alike), every diagnostic computed again; the round's figure is the median of its edits.
        var program = project.Documents.FirstOrDefault(d => string.Equals(d.Name, "Program.cs", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{consumer.Project} has no Program.cs to edit.");
        var edits = new List<double>();
        var afterEdit = first;
        for (var edit = 1; edit <= EditsPerRound; edit++)
        {
            var text = await program.GetTextAsync().ConfigureAwait(false);
            program = program.WithText(text.WithChanges(new TextChange(new TextSpan(text.Length, 0), $"\ninternal static class Edited{round}_{edit} {{ }}\n")));
            watch.Restart();
            afterEdit = await ProjectDiagnostics.ComputeAsync(program.Project).ConfigureAwait(false);
            edits.Add(watch.Elapsed.TotalSeconds);
            Verify(consumer, afterEdit, failures);
        }

        var editSeconds = Median(edits);
        return new Sample(open, firstSeconds, editSeconds, afterEdit);
    }

    /// <summary>A project the workspace could not load as the build does would be measured wrong: errors stop the run.</summary>
    private static void Verify(Consumer consumer, ProjectDiagnostics diagnostics, List<string> failures)
    {
        if (diagnostics.Errors.IsEmpty && diagnostics.Documents > 0)
        {
            return;
        }

        var detail = string.Join("\n", diagnostics.Errors.Take(10).Select(d => d.ToString()).Concat(failures.Take(10)));
        throw new InvalidOperationException($"{consumer.Name} ({consumer.Project}) does not load as it builds: {diagnostics.Documents} documents, {diagnostics.Errors.Length} errors\n{detail}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Sample(double OpenSeconds, double FirstSeconds, double EditSeconds, ProjectDiagnostics Diagnostics);
}

#!/usr/bin/env python3
"""Writes docs/performance.md and its chart from one run of bench/report/run.sh.

    python3 bench/report/make_report.py <results-directory> <performance.md> <chart.svg>

Reads BenchmarkDotNet's full JSON reports (runtime/, generator/, documents/) and analyzer-cost.json.
Every figure in the page comes from those files; the prose that explains the figures is
bench/report/explanations.md, copied in as it is. Standard library only.
"""
import glob
import json
import os
import sys
from datetime import datetime, timezone

INPUTS = ["code-execution-1.2KB", "code-execution-6KB", "failed-execution-2KB", "image-2.4MB", "stream-6-chunks"]
SMALL_AND_MEDIUM = ["code-execution-1.2KB", "code-execution-6KB", "failed-execution-2KB", "stream-6-chunks"]
READERS = ["Generated", "StjSourceGen", "StjReflection", "Newtonsoft", "FloorTokens", "FloorTokensAndStrings"]
WRITERS = ["Generated", "GeneratedRelaxedEscaping", "StjSourceGen", "StjReflection", "Newtonsoft", "FloorTokens"]
PEERS = ["StjSourceGen", "StjReflection", "Newtonsoft"]
LABELS = {
    "Generated": "generated converters",
    "GeneratedRelaxedEscaping": "generated, relaxed escaping (opt-in)",
    "StjSourceGen": "System.Text.Json source generator",
    "StjReflection": "System.Text.Json reflection",
    "Newtonsoft": "Newtonsoft.Json 13",
    "FloorTokens": "floor: Utf8JsonReader/Writer, every token",
    "FloorTokensAndStrings": "floor: every token and every string",
}
COLOURS = {"StjSourceGen": "#4e79a7", "StjReflection": "#f28e2b", "Newtonsoft": "#59a14f"}


def load(directory):
    """(type, method, parameters) -> benchmark record, and the host of the first report."""
    records, host = {}, None
    for path in sorted(glob.glob(os.path.join(directory, "**", "*-report-full*.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        host = host or report["HostEnvironmentInfo"]
        for b in report["Benchmarks"]:
            if b.get("Statistics") is None:
                continue
            params = dict(p.split("=", 1) for p in b["Parameters"].split("&") if "=" in p)
            records[(b["Type"], b["Method"], params.get("Input") or params.get("Scenario") or params.get("Document") or "")] = b
    return records, host


def jobs(directory):
    """What each benchmark class ran as: BenchmarkDotNet's job line (without the parameters), by class."""
    found = {}
    for path in sorted(glob.glob(os.path.join(directory, "**", "*-report-full*.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for b in json.load(f)["Benchmarks"]:
                found.setdefault(b["DisplayInfo"].split(": ", 1)[-1].split(" [", 1)[0], set()).add(b["Type"])
    return "; ".join(f"{', '.join(sorted(types))}: {job}" for job, types in sorted(found.items()))


def require(records, key, what):
    """A target row needs its measurement: a missing one fails the report instead of dropping the row."""
    if key not in records:
        raise SystemExit(f"make_report: no measurement for {what} ({key}); did its benchmark run?")
    return records[key]


def median_ns(record):
    return record["Statistics"]["Median"]


def allocated(record):
    return record["Memory"]["BytesAllocatedPerOperation"]


def time_text(ns):
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


def bytes_text(count):
    if count >= 1 << 20:
        return f"{count / (1 << 20):.1f} MB"
    if count >= 1 << 10:
        return f"{count / (1 << 10):.1f} KB"
    return f"{count} B"


def verdict(holds):
    return "holds" if holds else "**not met**"


def operation_table(records, kind, methods):
    rows = ["| input | " + " | ".join(LABELS[m] for m in methods) + " |", "|---|" + "---:|" * len(methods)]
    for name in INPUTS:
        ours = records.get((kind, "Generated", name))
        if ours is None:
            continue
        cells = []
        for method in methods:
            r = records.get((kind, method, name))
            if r is None:
                cells.append("–")
                continue
            ratio = median_ns(r) / median_ns(ours)
            cells.append(f"{time_text(median_ns(r))}, {bytes_text(allocated(r))}" + ("" if method == "Generated" else f" ({ratio:.2f}×)"))
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def speedups(records, kind, peer):
    return {name: median_ns(records[(kind, peer, name)]) / median_ns(records[(kind, "Generated", name)])
            for name in INPUTS if (kind, peer, name) in records and (kind, "Generated", name) in records}


def chart(records, path):
    """Two panels of grouped bars: how many times faster the generated converters are than each peer."""
    width, panel_height, left, top = 760, 260, 60, 40
    inputs = [i for i in INPUTS if ("ReadBenchmarks", "Generated", i) in records]
    panels = [("ReadBenchmarks", "Read: peer time ÷ generated time"), ("WriteBenchmarks", "Write: peer time ÷ generated time")]
    values = [v for kind, _ in panels for peer in PEERS for v in speedups(records, kind, peer).values()]
    top_value = max([2.0] + values) * 1.1
    height = top + len(panels) * (panel_height + 60) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>']
    for index, (kind, title) in enumerate(panels):
        y0 = top + index * (panel_height + 60)
        plot_width = width - left - 20
        out.append(f'<text x="{left}" y="{y0 - 12}" font-size="13" font-weight="bold">{title} (higher is better for us)</text>')
        scale = panel_height / top_value
        for level, style in [(1.0, "#444"), (1.5, "#c00")]:
            y = y0 + panel_height - level * scale
            out.append(f'<line x1="{left}" x2="{left + plot_width}" y1="{y:.1f}" y2="{y:.1f}" stroke="{style}" stroke-dasharray="4 3"/>')
            out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{style}">{level:.1f}×</text>')
        out.append(f'<line x1="{left}" x2="{left}" y1="{y0}" y2="{y0 + panel_height}" stroke="#444"/>')
        group = plot_width / max(1, len(inputs))
        bar = group / (len(PEERS) + 1.5)
        for g, name in enumerate(inputs):
            for p, peer in enumerate(PEERS):
                value = speedups(records, kind, peer).get(name)
                if value is None:
                    continue
                x = left + g * group + bar * (p + 0.75)
                h = value * scale
                out.append(f'<rect x="{x:.1f}" y="{y0 + panel_height - h:.1f}" width="{bar * 0.9:.1f}" height="{h:.1f}" fill="{COLOURS[peer]}"/>')
                out.append(f'<text x="{x + bar * 0.45:.1f}" y="{y0 + panel_height - h - 3:.1f}" text-anchor="middle" font-size="9">{value:.2f}</text>')
            out.append(f'<text x="{left + g * group + group / 2:.1f}" y="{y0 + panel_height + 16}" text-anchor="middle">{name}</text>')
    legend_y = height - 14
    for p, peer in enumerate(PEERS):
        x = left + p * 230
        out.append(f'<rect x="{x}" y="{legend_y - 9}" width="10" height="10" fill="{COLOURS[peer]}"/>')
        out.append(f'<text x="{x + 14}" y="{legend_y}">{LABELS[peer]}</text>')
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main(results, page, svg):
    records, host = load(results)
    ran = jobs(results)
    for kind in ["ReadBenchmarks", "WriteBenchmarks"]:
        for name in INPUTS:
            require(records, (kind, "Generated", name), f"{kind} {name}")
            require(records, (kind, "StjSourceGen", name), f"{kind} {name} with STJ source-gen")
    with open(os.path.join(results, "analyzer-cost.json"), encoding="utf-8") as f:
        analyzers = json.load(f)
    chart(records, svg)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "explanations.md"), encoding="utf-8") as f:
        explanations = f.read().strip()

    read_sg = speedups(records, "ReadBenchmarks", "StjSourceGen")
    write_sg = speedups(records, "WriteBenchmarks", "StjSourceGen")
    alloc_ok = {n: allocated(records[("ReadBenchmarks", "Generated", n)]) <= allocated(records[("ReadBenchmarks", "StjSourceGen", n)]) for n in SMALL_AND_MEDIUM}
    acc = median_ns(require(records, ("AccumulatorBenchmarks", "ReadAndAccumulate", ""), "the accumulator")) / median_ns(require(records, ("AccumulatorBenchmarks", "ReadChunks", ""), "reading the chunks"))
    gen = {s: (require(records, ("GeneratorRunBenchmarks", "CodeExecGen", s), f"the generator, {s}"), require(records, ("GeneratorRunBenchmarks", "NoOpGenerator", s), f"the no-op generator, {s}"))
           for s in ["cold", "no-change", "unrelated-edit", "description-edit"]}
    edit_ratio = median_ns(gen["unrelated-edit"][0]) / median_ns(gen["unrelated-edit"][1])
    cold = median_ns(gen["cold"][0])
    documents = {k[2]: r for k, r in records.items() if k[0] == "LargeDocumentBenchmarks"}
    four_mb = next((r for name, r in documents.items() if "4mb" in name.lower()), None)
    if four_mb is None:
        raise SystemExit("make_report: no measurement for the 4 MB Discovery document (LargeDocumentBenchmarks); did it run?")

    lines = []
    add = lines.append
    add("# Performance")
    add("")
    add("<!-- Generated by bench/report/make_report.py from one run of `bash bench/report/run.sh`; edit the script or")
    add("     bench/report/explanations.md, not this file. -->")
    add("")
    add(f"One run on {host['ProcessorName']}, {host['LogicalCoreCount']} logical cores, {host['OsVersion']}, "
        f"{host['RuntimeVersion']}, BenchmarkDotNet {host['BenchmarkDotNetVersion']}; generated "
        f"{datetime.fromtimestamp(os.path.getmtime(os.path.join(results, 'analyzer-cost.json')), timezone.utc):%Y-%m-%d}. "
        f"Jobs that ran: {ran}. Times are BenchmarkDotNet's "
        "medians, which a shared VM's bursts move less than means; ratios compare methods of the same run. "
        "What the package costs a consumer's build and editor (issues 11 and 25) is in [build-cost.md](build-cost.md).")
    add("")
    add("## Targets (issue 13)")
    add("")
    add("| target | measured | |")
    add("|---|---|---|")
    for name in SMALL_AND_MEDIUM:
        add(f"| read {name} ≥ 1.5× faster than STJ source-gen | {read_sg[name]:.2f}× | {verdict(read_sg[name] >= 1.5)} |")
    for name in SMALL_AND_MEDIUM:
        ours, sg = allocated(records[("ReadBenchmarks", "Generated", name)]), allocated(records[("ReadBenchmarks", "StjSourceGen", name)])
        add(f"| read {name}: allocations ≤ STJ source-gen | {bytes_text(ours)} vs {bytes_text(sg)} | {verdict(alloc_ok[name])} |")
    add(f"| read image-2.4MB ≥ 2× faster than STJ source-gen | {read_sg['image-2.4MB']:.2f}× | {verdict(read_sg['image-2.4MB'] >= 2)} |")
    for name in SMALL_AND_MEDIUM:
        add(f"| write {name} ≥ 1.5× faster than STJ source-gen | {write_sg[name]:.2f}× | {verdict(write_sg[name] >= 1.5)} |")
    add(f"| stream accumulator ≤ 1.2× reading the chunks | {acc:.2f}× | {verdict(acc <= 1.2)} |")
    add(f"| generator after an unrelated edit ≤ 2× the no-op | {edit_ratio:.1f}× ({time_text(median_ns(gen['unrelated-edit'][0]))} vs {time_text(median_ns(gen['unrelated-edit'][1]))}) | {verdict(edit_ratio <= 2)} |")
    add(f"| generator cold on the Gemini schema ≤ 200 ms | {time_text(cold)} | {verdict(cold <= 200e6)} |")
    add(f"| a 4 MB Discovery document ≤ 2 s, memory stated | {time_text(median_ns(four_mb))}, {bytes_text(allocated(four_mb))} allocated | {verdict(median_ns(four_mb) <= 2e9)} |")
    share = analyzers["analyzerShare"]
    add(f"| analyzers ≤ 3 % of compiling a ≥ 20,000-line consumer | {share * 100:.1f} % ({analyzers['analyzerMilliseconds']:.0f} ms of {analyzers['compileMilliseconds']:.0f} ms) | {verdict(share <= 0.03)} |")
    guarded = analyzers["perAnalyzerMilliseconds"]["GuardedMemberAnalyzer"] / analyzers["compileMilliseconds"]
    add(f"| the outcome analyzer (GuardedMemberAnalyzer) ≤ 5 % of the same compile (issue 22) | {guarded * 100:.1f} % ({analyzers['perAnalyzerMilliseconds']['GuardedMemberAnalyzer']:.0f} ms of {analyzers['compileMilliseconds']:.0f} ms) | {verdict(guarded <= 0.05)} |")
    add("")
    add("![Read and write speed-ups over each peer, per input](performance.svg)")
    add("")
    add("## Reading")
    add("")
    add("Each input deserialized from UTF-8 bytes (the stream: each of its six chunks in turn). Cells: median time, "
        "bytes allocated, and in brackets that time ÷ the generated converters' time (above 1: we are faster). "
        "The peers read the same fields into hand-written classes (enums as C# enums by their wire strings, bytes as "
        "`byte[]`); the floors are what any serializer over `Utf8JsonReader` must at least do.")
    add("")
    add(operation_table(records, "ReadBenchmarks", READERS))
    add("")
    add("## Writing")
    add("")
    add("Each input written back to UTF-8 bytes with `JsonSerializer.SerializeToUtf8Bytes` (Newtonsoft: through a "
        "`JsonTextWriter`); the floor replays the recorded tokens into a `Utf8JsonWriter` with the default encoder.")
    add("")
    add(operation_table(records, "WriteBenchmarks", WRITERS))
    add("")
    add("## Stream accumulator")
    add("")
    read_chunks = records[("AccumulatorBenchmarks", "ReadChunks", "")]
    merged = records[("AccumulatorBenchmarks", "ReadAndAccumulate", "")]
    add("| | median | allocated |")
    add("|---|---:|---:|")
    add(f"| read the six chunks of the recorded code-execution stream | {time_text(median_ns(read_chunks))} | {bytes_text(allocated(read_chunks))} |")
    add(f"| read them and merge each into a `GenerateContentAccumulator` | {time_text(median_ns(merged))} | {bytes_text(allocated(merged))} |")
    add("")
    add("## Generator")
    add("")
    add("One `RunGenerators` over the Gemini schema (in-process driver), against a generator that reads the same schema and emits one file.")
    add("")
    add("| situation | CodeExecGen | no-op generator | ratio | allocated (ours) |")
    add("|---|---:|---:|---:|---:|")
    for scenario, (ours, noop) in gen.items():
        add(f"| {scenario} | {time_text(median_ns(ours))} | {time_text(median_ns(noop))} | {median_ns(ours) / median_ns(noop):.1f}× | {bytes_text(allocated(ours))} |")
    add("")
    if documents:
        add("Whole documents, one cold run each (a fresh driver):")
        add("")
        add("| document | median | allocated |")
        add("|---|---:|---:|")
        for name, r in sorted(documents.items(), key=lambda item: median_ns(item[1])):
            add(f"| {name} | {time_text(median_ns(r))} | {bytes_text(allocated(r))} |")
        add("")
    add("## Analyzers")
    add("")
    add(f"A consumer of the whole generated API whose own code is the analyzer tests' real-world corpus, repeated to "
        f"{analyzers['consumerLines']:,} lines ({analyzers['diagnostics']} diagnostics), beside the {analyzers['generatedFiles']} generated files. "
        f"Median of {analyzers['rounds']} rounds: compiling it (emit) {analyzers['compileMilliseconds']:.0f} ms; the analyzers' own execution time "
        f"(Roslyn telemetry) {analyzers['analyzerMilliseconds']:.0f} ms, of which "
        + ", ".join(f"{name} {ms:.0f} ms" for name, ms in analyzers["perAnalyzerMilliseconds"].items()) + ".")
    add("")
    add(explanations)
    add("")
    with open(page, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])

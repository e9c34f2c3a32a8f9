#!/usr/bin/env bash
# What the package costs a consumer's build and editor, every figure in one run, each against a baseline
# measured in the same run (issue 25; issue 11's full rebuild kept beside it):
#   inner loop    touch Program.cs, `dotnet build` (incremental, no restore), with the compiler server on
#                 (the SDK's default, UseSharedCompilation unset) and off (-p:UseSharedCompilation=false)
#   full rebuild  --no-incremental, compiler server off, as issue 11 measured it
#   generator     its re-run after an unrelated edit with every framework reference assembly
#                 (bench/CodeExecGen.GeneratorBenchmarks --edit-cost)
#   editor        every document's diagnostics in an MSBuildWorkspace, first and after an edit
#                 (bench/CodeExecGen.IdeCost)
#   package       the .nupkg's size, and each file under lib/ and analyzers/
# The consumers are new net10.0 console apps, as `dotnet new console` makes them: empty (no package, the
# baseline), zero (the package as the README adds it: precompiled contracts), generated
# (CodeExecGenContracts=generated: the whole API in the project), roots (CodeExecGenDefaultRootTypes, which
# generates) and, for the full rebuild only, noop (a generator that reads the schema and emits nothing:
# issue 11's baseline). Within a round every consumer is built in turn, so a busy neighbour slows them
# alike; each figure is the median of the rounds. The results go to the results directory, and
# make_build_cost.py writes docs/build-cost.md from them.
# Needs the package in ./artifacts (dotnet pack src/CodeExecGen -c Release -o artifacts).
# Usage: bench/rebuild/measure.sh [rounds] [results-directory]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
rounds=${1:-5}
out=$(mkdir -p "${2:-artifacts/build-cost}" && cd "${2:-artifacts/build-cost}" && pwd)
package=$(ls "$root"/artifacts/CodeExecGen.*.nupkg 2> /dev/null | head -1)
if [ -z "$package" ]; then
  echo "no package in ./artifacts: run dotnet pack src/CodeExecGen -c Release -o artifacts first" >&2
  exit 1
fi
version=$(basename "$package" .nupkg | sed 's/^CodeExecGen\.//')
work=$(mktemp -d)
# The compiler server of the warm builds answers on a pipe of this run's own, so no other build shares it,
# and it is shut down by that name at the end.
pipe="codeexecgen-build-cost-$$"
sdk=$(dotnet --list-sdks | grep -F "$(dotnet --version) [" | sed -E 's/^([^ ]+) \[(.*)\]$/\2\/\1/')
finish() {
  dotnet "$sdk/Roslyn/bincore/VBCSCompiler.dll" -shutdown "-pipename:$pipe" > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap finish EXIT

isolate() { # a folder that inherits nothing from the repository and restores into its own cache
  mkdir -p "$1"
  printf '<Project />\n' > "$1/Directory.Build.props"
  printf '<Project />\n' > "$1/Directory.Packages.props"
  cat > "$1/nuget.config" <<CONFIG
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><add key="local" value="$root/artifacts" /></packageSources>
</configuration>
CONFIG
}

consumer() { # name, Program.cs, extra csproj content
  isolate "$work/$1"
  printf '%s\n' "$2" > "$work/$1/Program.cs"
  cat > "$work/$1/$1.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
  $3
</Project>
PROJECT
}

hello='// See https://aka.ms/new-console-template for more information
Console.WriteLine("Hello, World!");'
# The README's Quick start, as a new user pastes it.
quick_start='using GenerativeLanguage.V1beta;   // Gemini has a File type: write System.IO.File in files that use both

// A generateContent response as the API sends it.
var json = System.IO.File.ReadAllText(args[0]);
var response = System.Text.Json.JsonSerializer.Deserialize<GenerateContentResponse>(json)!;
foreach (var step in response.GetCodeExecutionSteps())
    Console.WriteLine(step.TryGetOutput(out var stdout) ? stdout : $"[{step.Outcome}] not an answer");'
reference="<ItemGroup><PackageReference Include=\"CodeExecGen\" Version=\"$version\" /></ItemGroup>"

consumer empty "$hello" ''
consumer zero "$quick_start" "$reference"
consumer generated "$quick_start" "<PropertyGroup><CodeExecGenContracts>generated</CodeExecGenContracts></PropertyGroup>$reference"
consumer roots "$quick_start" "<PropertyGroup><CodeExecGenDefaultRootTypes>GenerateContentRequest;GenerateContentResponse</CodeExecGenDefaultRootTypes></PropertyGroup>$reference"

# Issue 11's baseline: a generator that reads the same schema text and generates nothing, built once here
# and referenced as a dll (a project reference would rebuild it in every timed round).
isolate "$work/noopgen"
cat > "$work/noopgen/noopgen.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework><IsRoslynComponent>true</IsRoslynComponent></PropertyGroup>
  <ItemGroup><PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.8.0" PrivateAssets="all" /></ItemGroup>
</Project>
PROJECT
cat > "$work/noopgen/NoOp.cs" <<'SOURCE'
using Microsoft.CodeAnalysis;
[Generator]
public sealed class NoOp : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
        => context.RegisterSourceOutput(context.AdditionalTextsProvider.Select((t, c) => t.GetText(c)?.Length ?? 0).Collect(), (spc, lengths) => { });
}
SOURCE
dotnet build "$work/noopgen" -c Release -nologo -v:q -o "$work/noopgen/out" > /dev/null
consumer noop "$hello" "<ItemGroup><AdditionalFiles Include=\"$root/schema/generativelanguage.v1beta.json\" /><Analyzer Include=\"$work/noopgen/out/noopgen.dll\" /></ItemGroup>"

inner=(empty zero generated roots)
full=(empty zero generated roots noop)
warm=(env -u UseSharedCompilation dotnet build "-p:SharedCompilationId=$pipe")
cold=(dotnet build -p:UseSharedCompilation=false)
for name in "${full[@]}"; do
  dotnet build "$work/$name" -nologo -v:q > /dev/null # restore, and the first build
done
for name in "${inner[@]}"; do
  "${warm[@]}" "$work/$name" --no-restore -nologo -v:q > /dev/null # start the compiler server, and load each consumer's analyzers in it
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$out/rebuild.tsv"
timed() { # round, figure, consumer, build command...
  local round=$1 figure=$2 name=$3; shift 3
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$work/build.log" || { cat "$work/build.log" >&2; exit 1; }
  read -r elapsed user system < "$work/time"
  printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$figure" "$name" "$elapsed" "$(echo "$user + $system" | bc)" >> "$out/rebuild.tsv"
}
for round in $(seq "$rounds"); do
  for name in "${inner[@]}"; do
    touch "$work/$name/Program.cs"
    timed "$round" warm "$name" "${warm[@]}" "$work/$name" --no-restore -nologo -v:q
  done
  for name in "${inner[@]}"; do
    touch "$work/$name/Program.cs"
    timed "$round" cold "$name" "${cold[@]}" "$work/$name" --no-restore -nologo -v:q
  done
  for name in "${full[@]}"; do
    timed "$round" full "$name" "${cold[@]}" "$work/$name" --no-restore --no-incremental -nologo -v:q
  done
  echo "round $round of $rounds: builds done" >&2
done

# The generator's re-run: cheap (about a second a round), so many rounds.
dotnet build -c Release bench/CodeExecGen.GeneratorBenchmarks -nologo -v:q > /dev/null
dotnet run -c Release --no-build --project bench/CodeExecGen.GeneratorBenchmarks -- --edit-cost "$out/edit-cost.json" 21 > /dev/null

# The editor: the empty app first (the baseline), then the package's consumers.
dotnet build -c Release bench/CodeExecGen.IdeCost -nologo -v:q > /dev/null
dotnet run -c Release --no-build --project bench/CodeExecGen.IdeCost -- "$out/ide-cost.json" "$rounds" \
  "empty=$work/empty/empty.csproj" "zero=$work/zero/zero.csproj" "generated=$work/generated/generated.csproj" > /dev/null

cp "$package" "$out/package.nupkg"
cat > "$out/meta.json" <<META
{
  "date": "$(date -u +%Y-%m-%d)",
  "rounds": $rounds,
  "cores": $(nproc),
  "cpu": "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')",
  "os": "$(. /etc/os-release && echo "$PRETTY_NAME")",
  "sdk": "$(dotnet --version)",
  "package": "$(basename "$package")",
  "loadBefore": "$load_before",
  "loadAfter": "$(cut -d' ' -f1-3 /proc/loadavg)"
}
META
python3 bench/rebuild/make_build_cost.py "$out" docs/build-cost.md
echo "results in $out; docs/build-cost.md rewritten" >&2

#!/usr/bin/env bash
# Full-rebuild cost of a consumer, side by side in one run: the whole Gemini API (the zero-config
# default), the GenerateContent roots, and a no-op generator that reads the same schema and emits
# nothing. Rounds are interleaved; each figure is the median of the rounds. Needs the package in
# ./artifacts (dotnet pack src/CodeExecGen -c Release -o artifacts). Usage: bench/rebuild/measure.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
rounds=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

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
  printf 'public static class Program { public static void Main() { } }\n' > "$1/Program.cs"
}

consumer() { # name, extra csproj content
  isolate "$work/$1"
  cat > "$work/$1/$1.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  $2
</Project>
PROJECT
}

consumer whole '<ItemGroup><PackageReference Include="CodeExecGen" Version="0.1.0" PrivateAssets="all" /></ItemGroup>'
consumer roots '<PropertyGroup><CodeExecGenDefaultRootTypes>GenerateContentRequest;GenerateContentResponse</CodeExecGenDefaultRootTypes></PropertyGroup><ItemGroup><PackageReference Include="CodeExecGen" Version="0.1.0" PrivateAssets="all" /></ItemGroup>'

# The baseline: a generator that reads the same schema text and generates nothing.
isolate "$work/noopgen"
rm "$work/noopgen/Program.cs"
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
# Built once, here, and referenced as a dll: a project reference would rebuild the generator in every
# timed round and charge the baseline for it.
dotnet build "$work/noopgen" -c Release -nologo -v:q -o "$work/noopgen/out" > /dev/null
consumer noop "<ItemGroup><AdditionalFiles Include=\"$root/schema/generativelanguage.v1beta.json\" /><Analyzer Include=\"$work/noopgen/out/noopgen.dll\" /></ItemGroup>"

for name in whole roots noop; do
  dotnet build "$work/$name" -nologo -v:q > /dev/null # restore, warm the build server
done

declare -A wall cpu
for round in $(seq "$rounds"); do
  for name in whole roots noop; do
    /usr/bin/time -f "%e %U %S" -o "$work/time" dotnet build "$work/$name" --no-restore --no-incremental -nologo -v:q > /dev/null
    read -r elapsed user system < "$work/time"
    wall[$name]+="$elapsed "
    cpu[$name]+="$(echo "$user + $system" | bc) "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
base_wall=$(echo "${wall[noop]}" | median)
base_cpu=$(echo "${cpu[noop]}" | median)
echo "| consumer | wall s | CPU s | wall ÷ no-op | CPU ÷ no-op |"
echo "|---|---:|---:|---:|---:|"
for name in whole roots noop; do
  w=$(echo "${wall[$name]}" | median); c=$(echo "${cpu[$name]}" | median)
  printf '| %s | %.2f | %.2f | %.2f | %.2f |\n' "$name" "$w" "$c" "$(echo "$w / $base_wall" | bc -l)" "$(echo "$c / $base_cpu" | bc -l)"
done
echo "rounds: $rounds (median of each); machine: $(nproc) cores"

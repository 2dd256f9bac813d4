#!/usr/bin/env bash
# Compiles and lints every Bicep file with the pinned Bicep CLI (from NuGet); any error or warning fails.
set -euo pipefail
cd "$(dirname "$0")"

version=0.49.2
dotnet restore tools/Bicep.Tools.csproj --nologo -v quiet >/dev/null
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
bicep="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
[ -x "$bicep" ] || chmod +x "$bicep"
"$bicep" --version

count="$(find . -name '*.bicep' -not -path './tools/*' | wc -l)"
if [ "$count" -eq 0 ]; then
  echo "no .bicep file found" >&2
  exit 1
fi

# One process per command (the CLI takes seconds to start): build every file, then lint every file.
# Diagnostics go to stderr; the compiled JSON goes to a scratch folder. --no-restore: local modules only, no registry.
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
status=0
"$bicep" build --pattern '**/*.bicep' --outdir "$out" --no-restore 2>"$out/build.log" || status=1
"$bicep" lint --pattern '**/*.bicep' --no-restore 2>"$out/lint.log" >>"$out/lint.log" || status=1
if [ -s "$out/build.log" ] || [ -s "$out/lint.log" ]; then
  sort -u "$out/build.log" "$out/lint.log" >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "bicep: errors or warnings (see above) in $count file(s)" >&2
  exit 1
fi
echo "bicep: $count file(s) compile and lint clean"

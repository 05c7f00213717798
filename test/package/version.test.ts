// One version from one place: package.json's version is the module's and the sidecar's.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { packageRoot } from '../../src/winfax/library-path.js';
import { CLI } from '../helpers/cli.js';

const root = packageRoot();
const npmVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

describe('versioning: package.json, module manifest and sidecar agree', function () {
  it("the module manifests' ModuleVersion is package.json's version (npm run package refuses to build otherwise)", function () {
    // module.psd1 loads the module from a clone; powershell/FaxBridge.psd1, where it exists, ships.
    const manifests = ['module.psd1', 'powershell/FaxBridge.psd1'].filter((file) => existsSync(path.join(root, file)));
    expect(manifests).to.include('module.psd1');
    for (const file of manifests) {
      const manifest = readFileSync(path.join(root, file), 'utf8');
      expect(/^\s*ModuleVersion\s*=\s*'([^']+)'/m.exec(manifest)?.[1], file).to.equal(npmVersion);
    }
  });

  it("the sidecar's handshake reports package.json's version and protocol 1", function () {
    const line = '{"jsonrpc":"2.0","id":0,"method":"handshake","params":{"naming":"powershell"}}\n';
    const run = spawnSync(process.execPath, [CLI, 'serve'], { input: line, encoding: 'utf8', timeout: 20_000 });
    const reply = JSON.parse(run.stdout.split('\n')[0] ?? '') as { result: { protocolVersion: number; packageVersion: string } };
    expect(reply.result).to.include({ protocolVersion: 1, packageVersion: npmVersion });
  });
});

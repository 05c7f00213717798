// One version from one place: package.json's version is the module's and the sidecar's.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { packageRoot } from '../../src/winfax/library-path.js';
import { CLI } from '../helpers/cli.js';

const root = packageRoot();
const npmVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

describe('versioning: package.json, module manifest and sidecar agree', function () {
  it("module.psd1's ModuleVersion is package.json's version (npm run package refuses to build otherwise)", function () {
    const manifest = readFileSync(path.join(root, 'module.psd1'), 'utf8');
    expect(/^\s*ModuleVersion\s*=\s*'([^']+)'/m.exec(manifest)?.[1]).to.equal(npmVersion);
  });

  it("the sidecar's handshake reports package.json's version and protocol 1", function () {
    const line = '{"jsonrpc":"2.0","id":0,"method":"handshake","params":{"naming":"powershell"}}\n';
    const run = spawnSync(process.execPath, [CLI, 'serve'], { input: line, encoding: 'utf8', timeout: 20_000 });
    const reply = JSON.parse(run.stdout.split('\n')[0] ?? '') as { result: { protocolVersion: number; packageVersion: string } };
    expect(reply.result).to.include({ protocolVersion: 1, packageVersion: npmVersion });
  });
});

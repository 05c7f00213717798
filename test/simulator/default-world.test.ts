// The simulator's default world is defined once, in TypeScript; the C library's copy is generated
// from it, so the two cannot drift apart unnoticed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { packageRoot } from '../../src/winfax/library-path.js';
import { defaultStateHeader, defaultWorld } from '../../src/simulator-state/default-world.js';
import { standardServers } from '../helpers/fixtures.js';

describe('simulator default world', function () {
  it('simulator/src/default_state.h is the one generated from defaultWorld() (run node scripts/write-default-state.mjs after changing it)', function () {
    const header = readFileSync(path.join(packageRoot(), 'simulator', 'src', 'default_state.h'), 'utf8');
    expect(header).to.equal(defaultStateHeader());
  });

  it("the tests' standard world keeps the default world's device ids, server names and queues", function () {
    const ids = (servers: ReturnType<typeof defaultWorld>) => servers.map((s) => [s.name, s.ports.map((p) => p.deviceId), (s.queue ?? []).map((j) => j.jobId)]);
    expect(ids(standardServers()).slice(0, 2)).to.deep.equal(ids(defaultWorld()));
  });
});

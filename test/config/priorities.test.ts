// Priorities reach the document's order although the service renumbers the other ports on every
// change: checked on the model of the rule, then on the simulator, for hundreds of random orders.
import { expect } from 'chai';
import { compareConfiguration } from '../../src/config/compare.js';
import type { ConfigurationDocument } from '../../src/config/document.js';
import { planChanges } from '../../src/config/plan.js';
import { finalOrder, priorityMoves, renumber } from '../../src/config/priority-order.js';
import { useSimulator } from '../helpers/simulator.js';
import { importConfiguration, snapshotsOf, type SimServer } from '../helpers/config.js';

/** A small seeded generator (mulberry32), so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(count: number, next: () => number): number[] {
  const order = Array.from({ length: count }, (_, i) => i + 1);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

describe('config: priorities under the service\'s renumbering (model)', function () {
  it('renumbers as the simulator does: the ports between the old and new place shift by one', function () {
    const start = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    expect([...renumber(start, 'd', 2)]).to.deep.equal([['a', 1], ['b', 3], ['c', 4], ['d', 2]]);
    expect([...renumber(start, 'a', 3)]).to.deep.equal([['a', 3], ['b', 1], ['c', 2], ['d', 4]]);
  });

  it('reaches every one of 2,000 random orders of up to 9 ports, from random orders, in at most n - 1 moves', function () {
    const next = random(14);
    for (let trial = 0; trial < 2000; trial += 1) {
      const count = 1 + Math.floor(next() * 9);
      const keys = Array.from({ length: count }, (_, i) => `p${i}`);
      const startOrder = shuffled(count, next);
      const wantedOrder = shuffled(count, next);
      const start = new Map(keys.map((key, i) => [key, startOrder[i] ?? 0]));
      const wanted = new Map(keys.map((key, i) => [key, wantedOrder[i] ?? 0]));
      let state = start;
      const moves = priorityMoves(start, wanted);
      for (const move of moves) {
        expect(state.get(move.key), `trial ${trial}`).to.equal(move.from);
        state = renumber(state, move.key, move.to);
      }
      expect([...state], `trial ${trial}`).to.deep.equal([...wanted]);
      expect(moves.length).to.be.at.most(Math.max(0, count - 1));
      expect(priorityMoves(state, wanted)).to.deep.equal([]);
    }
  });

  it('keeps the ports a document does not order in the order they are in, around the ones it does', function () {
    const current = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5]]);
    // b is asked for where it is; a goes last; c, d, e fill the rest in their present order.
    expect([...finalOrder(current, new Map([['a', 5], ['b', 2]]))].sort()).to.deep.equal([['a', 5], ['b', 2], ['c', 1], ['d', 3], ['e', 4]]);
    expect(() => finalOrder(current, new Map([['a', 1], ['b', 1]]))).to.throw(RangeError, /given to two ports/);
    expect(() => finalOrder(current, new Map([['a', 6]]))).to.throw(RangeError, /1 to 5/);
  });
});

const PORT_COUNT = 6;
const lines = (): SimServer[] => [{
  name: 'FAXSRV03',
  ports: Array.from({ length: PORT_COUNT }, (_, i) => ({ deviceId: 300001 + i, name: `Line ${i + 1}`, flags: 3, rings: 1, priority: i + 1, state: 'AVAILABLE', tsid: 'L', csid: 'L' })),
}];

describe('config: priorities on the simulator', function () {
  const sim = useSimulator(lines);

  async function priorities(): Promise<Record<string, number>> {
    const [snapshot] = await snapshotsOf(sim.library, ['FAXSRV03']);
    return Object.fromEntries((snapshot?.ports ?? []).map((p) => [p.name, p.priority]));
  }

  it('reaches 300 random orders, some of every port and some of a few, and plans nothing once there', async function () {
    this.timeout(120_000);
    const next = random(2026);
    for (let trial = 0; trial < 300; trial += 1) {
      const order = shuffled(PORT_COUNT, next);
      // Every third trial orders only some ports: the others are left to the service.
      const named = trial % 3 === 2 ? order.map((_, i) => i).filter(() => next() < 0.5) : order.map((_, i) => i);
      const before = await priorities();
      const document: ConfigurationDocument = { schemaVersion: 1, template: { ports: named.map((i) => ({ name: `Line ${i + 1}`, priority: order[i] ?? 0 })) } };
      const { results } = await importConfiguration(sim.library, document, ['FAXSRV03']);
      expect(results.every((r) => r.status === 'Applied'), `trial ${trial}`).to.equal(true);
      expect(results.length, `trial ${trial}: moves`).to.be.at.most(PORT_COUNT - 1);
      const after = await priorities();
      for (const i of named) expect(after[`Line ${i + 1}`], `trial ${trial}: Line ${i + 1}`).to.equal(order[i]);
      const others = Object.keys(before).filter((name) => !named.some((i) => `Line ${i + 1}` === name));
      const relative = (p: Record<string, number>): string[] => [...others].sort((a, b) => (p[a] ?? 0) - (p[b] ?? 0));
      expect(relative(after), `trial ${trial}: the ports not named keep their order`).to.deep.equal(relative(before));
      const [snapshot] = await snapshotsOf(sim.library, ['FAXSRV03']);
      const [serverComparison] = compareConfiguration(document, snapshot ? [snapshot] : []).servers;
      expect(serverComparison && snapshot && planChanges(serverComparison, snapshot).writes, `trial ${trial}: second plan`).to.deep.equal([]);
    }
  });

  it('refuses priorities the server cannot hold, before any write', async function () {
    const document: ConfigurationDocument = { schemaVersion: 1, template: { ports: [{ name: 'Line 1', priority: 7 }, { name: 'Line 2', rings: 5 }] } };
    const [snapshot] = await snapshotsOf(sim.library, ['FAXSRV03']);
    const [comparison] = compareConfiguration(document, snapshot ? [snapshot] : []).servers;
    expect(comparison?.problems).to.deep.equal([{ server: 'FAXSRV03', port: 'Line 1', path: '$.template.ports[0].priority', message: '7 is out of range; it must be 1 to 6 (the number of ports on FAXSRV03)' }]);
    expect(() => comparison && snapshot && planChanges(comparison, snapshot)).to.throw(/Nothing will be written to FAXSRV03/);

    const wildcard: ConfigurationDocument = { schemaVersion: 1, template: { ports: [{ name: 'Line ?', priority: 1 }] } };
    expect(compareConfiguration(wildcard, snapshot ? [snapshot] : []).problems[0]?.message).to.match(/^"Line \?" matches 6 ports .* which cannot share priority 1$/);

    const clash: ConfigurationDocument = { schemaVersion: 1, template: { ports: [{ name: 'Line 1', priority: 2 }, { name: 'Line [12]*', priority: 2 }, { name: 'line 2', priority: 2 }] } };
    expect(compareConfiguration(clash, snapshot ? [snapshot] : []).problems.map((p) => p.message)).to.deep.equal([
      "'Line 2' and 'Line 1' would both have priority 2; the priorities on a server must be distinct (a permutation)",
    ]);
    expect(await priorities()).to.deep.equal({ 'Line 1': 1, 'Line 2': 2, 'Line 3': 3, 'Line 4': 4, 'Line 5': 5, 'Line 6': 6 });
  });
});

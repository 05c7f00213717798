// A failure at each step of an import: the results say exactly what is on the server and what is
// not, nothing leaks (the simulator fixture checks after each test), and a second run completes it.
import { expect } from 'chai';
import { compareConfiguration } from '../../src/config/compare.js';
import type { ConfigurationDocument } from '../../src/config/document.js';
import { exportConfiguration } from '../../src/config/export.js';
import type { PlannedWrite } from '../../src/config/plan.js';
import { renumber } from '../../src/config/priority-order.js';
import type { ServerSnapshot } from '../../src/config/snapshot.js';
import { ERROR_ACCESS_DENIED } from '../../src/winfax/win32-errors.js';
import type { WinFaxFunctionName } from '../../src/winfax/prototypes.js';
import { ROUTE_EMAIL } from '../helpers/fixtures.js';
import { standardServers } from '../helpers/fixtures.js';
import { useSimulator } from '../helpers/simulator.js';
import { importConfiguration, snapshotsOf, writeStateFile } from '../helpers/config.js';

const API: Record<PlannedWrite['kind'], WinFaxFunctionName> = { configuration: 'FaxSetConfigurationW', port: 'FaxSetPortW', routing: 'FaxEnableRoutingMethodW' };

/** What the server holds now for a property a write concerns. */
function valueOn(snapshot: ServerSnapshot, write: PlannedWrite, property: string): unknown {
  if (write.kind === 'configuration') return snapshot.configuration[property as keyof ServerSnapshot['configuration']];
  if (write.kind === 'routing') return snapshot.routingMethods.find((m) => m.deviceName === write.port && m.guid === write.guid)?.enabled;
  const port = snapshot.ports.find((p) => p.name === write.port);
  return port?.[property as keyof typeof port];
}

describe('config: a fault at each step of an import', function () {
  const sim = useSimulator();

  async function edited(): Promise<ConfigurationDocument> {
    const exported = exportConfiguration(await snapshotsOf(sim.library, ['localhost']));
    const server = exported.servers?.[0];
    const ports = (server?.ports ?? []).map((p) => {
      if (p.name === 'USRobotics 56K Voice') return { ...p, rings: 5, priority: 4, routingMethods: [{ guid: ROUTE_EMAIL }] };
      if (p.name === 'Fax Virtual Printer Port') return { ...p, priority: 1 };
      if (p.name === 'Standard 56000 bps Modem') return { ...p, csid: 'NEW CSID', priority: 2 };
      if (p.name === 'Línea de fax 3 (Conexant)') return { ...p, priority: 3 };
      return p;
    });
    return { ...exported, servers: [{ name: 'localhost', configuration: { ...server?.configuration, retries: 7 }, ports }] };
  }

  it('reports the writes before the fault applied, the faulted one failed and the rest not run, each as the server shows', async function () {
    const document = await edited();
    const { plans } = await importConfiguration(sim.library, document, ['localhost'], { approve: () => false });
    const writes = plans.flatMap((p) => p.writes);
    expect(writes.map((w) => w.kind)).to.deep.equal(['configuration', 'port', 'port', 'port', 'port', 'routing']);

    const [initial] = await snapshotsOf(sim.library, ['localhost']);
    for (const [failing, faulted] of writes.entries()) {
      writeStateFile(sim.stateFile, standardServers());
      const nth = writes.slice(0, failing).filter((w) => API[w.kind] === API[faulted.kind]).length + 1;
      sim.controls.injectFault(API[faulted.kind], nth, ERROR_ACCESS_DENIED);
      const { results } = await importConfiguration(sim.library, document, ['localhost']);
      sim.controls.clearFaults();

      expect(results.map((r) => r.write.description), `fault at step ${failing}`).to.deep.equal(writes.map((w) => w.description));
      expect(results.map((r) => r.status), `fault at step ${failing}`).to.deep.equal(writes.map((_, i) => (i < failing ? 'Applied' : i === failing ? 'Failed' : 'NotRun')));
      const [after] = await snapshotsOf(sim.library, ['localhost']);
      // Priorities: where the moves that were applied put the ports, by the service's renumbering.
      let priorities = new Map((initial?.ports ?? []).map((p) => [p.name, p.priority]));
      for (const result of results) {
        const moved = result.write.kind === 'port' ? result.write.change.priority : undefined;
        if (result.write.kind === 'port' && moved !== undefined) {
          if (result.status === 'Applied') priorities = renumber(priorities, result.write.port, moved);
          continue;
        }
        for (const change of result.write.changes) {
          const property = result.write.kind === 'routing' ? 'enabled' : change.property;
          const expected = result.status === 'Applied' ? change.to : change.from;
          expect(after && valueOn(after, result.write, property), `fault at step ${failing}: ${result.status} ${result.write.description}`).to.equal(expected);
        }
      }
      expect(new Map(after?.ports.map((p) => [p.name, p.priority])), `fault at step ${failing}: priorities`).to.deep.equal(priorities);
      const second = await importConfiguration(sim.library, document, ['localhost']);
      expect(second.results.every((r) => r.status === 'Applied'), `fault at step ${failing}: the second run`).to.equal(true);
      expect(compareConfiguration(document, await snapshotsOf(sim.library, ['localhost'])).inLine, `fault at step ${failing}`).to.equal(true);
    }
  });
});

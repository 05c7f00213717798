// Listing N ports: in-process through koffi, and through a warm sidecar over JSON-RPC stdio.
import { withSession } from '../src/core/session.js';
import { loadWinFax } from '../src/winfax/library.js';
import { SidecarClient } from '../test/helpers/sidecar.js';
import { SIZES, serverFor } from './world.js';
import { type Summary, measure } from './stats.js';

export async function inProcessListing(runs: number): Promise<Record<string, Summary>> {
  const library = loadWinFax();
  const figures: Record<string, Summary> = {};
  for (const size of SIZES) {
    figures[size] = await measure(runs, () => {
      const ports = withSession({ library, server: serverFor(size) }, (s) => s.listPorts());
      if (ports.length !== size) throw new Error(`listed ${ports.length} ports, expected ${size}`);
    });
  }
  return figures;
}

/** A listing method through one warm sidecar, for each size: the server of that size, and its result must hold `size` items. */
export async function sidecarListingOf(
  runs: number,
  env: NodeJS.ProcessEnv,
  method: 'port.list' | 'job.list',
  sizes: readonly number[],
  serverOf: (size: number) => string,
): Promise<Record<string, Summary>> {
  const sidecar = new SidecarClient(env);
  const figures: Record<string, Summary> = {};
  try {
    for (const size of sizes) {
      figures[size] = await measure(runs, async () => {
        const response = await sidecar.call(method, { server: serverOf(size) });
        if ((response.result as unknown[] | undefined)?.length !== size) throw new Error(`sidecar ${method} of ${size} failed: ${JSON.stringify(response.error)}`);
      });
    }
  } finally {
    await sidecar.stop();
  }
  return figures;
}

export function sidecarListing(runs: number, env: NodeJS.ProcessEnv): Promise<Record<string, Summary>> {
  return sidecarListingOf(runs, env, 'port.list', SIZES, serverFor);
}

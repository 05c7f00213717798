// Controls only the simulator exports: leak counters for tests and fault injection.
import type { SimulatorFunctions } from './prototypes.js';
import type { WinFaxFunctionName } from './prototypes.js';
import { FaxApiError } from './errors.js';

export interface SimulatorStats {
  readonly serverHandles: number;
  readonly portHandles: number;
  readonly unfreedBuffers: number;
}

export interface SimulatorControls {
  stats(): SimulatorStats;
  /** The nth call (1-based, counted from now) of `api` fails with `win32Code` and has no effect. */
  injectFault(api: WinFaxFunctionName, nth: number, win32Code: number): void;
  clearFaults(): void;
  /**
   * The device running job `jobId` on `server` ends its attempt without finishing: the job goes
   * back to the queue (Retrying, or Paused if a pause was asked while it ran) or, if it was being
   * deleted, leaves it. The simulator's stand-in for time passing on a real server.
   */
  returnJobToQueue(server: string, jobId: number): void;
}

export function createSimulatorControls(functions: SimulatorFunctions): SimulatorControls {
  return {
    stats() {
      const serverHandles: [number] = [0];
      const portHandles: [number] = [0];
      const unfreedBuffers: [number] = [0];
      if (!functions.FaxSimGetStats(serverHandles, portHandles, unfreedBuffers)) {
        throw new Error('FaxSimGetStats failed');
      }
      return { serverHandles: serverHandles[0], portHandles: portHandles[0], unfreedBuffers: unfreedBuffers[0] };
    },
    injectFault(api, nth, win32Code) {
      if (!functions.FaxSimInjectFault(api, nth, win32Code)) {
        throw new Error(`FaxSimInjectFault refused ${api} call ${nth} with code ${win32Code}`);
      }
    },
    clearFaults() {
      functions.FaxSimClearFaults();
    },
    returnJobToQueue(server, jobId) {
      if (!functions.FaxSimReturnJobToQueue(server, jobId)) {
        throw new FaxApiError('FaxSimReturnJobToQueue', functions.FaxSimGetLastError(), { server });
      }
    },
  };
}

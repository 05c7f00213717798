// Controls only the simulator exports: leak counters for tests and fault injection.
import type { SimulatorFunctions } from './prototypes.js';
import type { WinFaxFunctionName } from './prototypes.js';

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
  };
}

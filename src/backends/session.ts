// The one contract both backends keep: the winfax session (src/core/session.ts, synchronous,
// run on a worker thread by the sidecar) and the FaxComEx session (src/comex/session.ts,
// asynchronous through edge-js). Callers await every result, so either kind of method fits.
import type {
  ConfigurationChange,
  FaxDeviceStatus,
  FaxJob,
  FaxPort,
  JobCommand,
  FaxRoutingMethod,
  FaxServerConfiguration,
  PortChange,
  PortSelector,
} from '../core/model.js';

/** A result now (winfax) or later (FaxComEx). */
export type Awaitable<T> = T | Promise<T>;

/** Everything either backend can do on one server; adding an operation adds a method here. */
export interface FaxBackendSession {
  /** The server as results name it. */
  readonly server: string;
  listPorts(): Awaitable<FaxPort[]>;
  getPort(selector: PortSelector): Awaitable<FaxPort>;
  setPort(selector: PortSelector, change: PortChange): Awaitable<FaxPort>;
  getDeviceStatus(selector: PortSelector): Awaitable<FaxDeviceStatus>;
  listRoutingMethods(selector: PortSelector): Awaitable<FaxRoutingMethod[]>;
  setRoutingMethodEnabled(selector: PortSelector, guid: string, enabled: boolean): Awaitable<FaxRoutingMethod>;
  getConfiguration(): Awaitable<FaxServerConfiguration>;
  setConfiguration(change: ConfigurationChange): Awaitable<FaxServerConfiguration>;
  /** The server's queue, outgoing and incoming jobs. */
  listJobs(): Awaitable<FaxJob[]>;
  getJob(jobId: number): Awaitable<FaxJob>;
  /** The job as re-read after the command, or null once it has left the queue (a delete). */
  setJob(jobId: number, command: JobCommand): Awaitable<FaxJob | null>;
}

// What a server's configuration is, as the backends read it: plain data, so export, compare and
// plan need no session and the sidecar can read on one side of a process boundary and plan on the other.
import type { FaxPort, FaxRoutingMethod, FaxServerConfiguration, PortSelector } from '../core/model.js';

export interface ServerSnapshot {
  /** The server as results name it ("localhost" for this machine). */
  readonly server: string;
  readonly configuration: FaxServerConfiguration;
  readonly ports: readonly FaxPort[];
  /** Every port's routing methods (each names its port by deviceId and deviceName). */
  readonly routingMethods: readonly FaxRoutingMethod[];
}

/** The reads a snapshot needs; FaxServerSession has them, and so does any backend session. */
export interface SnapshotSource {
  readonly server: string;
  listPorts(): readonly FaxPort[] | Promise<readonly FaxPort[]>;
  listRoutingMethods(selector: PortSelector): readonly FaxRoutingMethod[] | Promise<readonly FaxRoutingMethod[]>;
  getConfiguration(): FaxServerConfiguration | Promise<FaxServerConfiguration>;
}

/** Reads one server: its configuration, its ports and each port's routing methods (by device id, valid within the session). */
export async function readSnapshot(source: SnapshotSource): Promise<ServerSnapshot> {
  const configuration = await source.getConfiguration();
  const ports = await source.listPorts();
  const routingMethods: FaxRoutingMethod[] = [];
  for (const port of ports) routingMethods.push(...(await source.listRoutingMethods({ deviceId: port.deviceId })));
  return { server: source.server, configuration, ports, routingMethods };
}

export function methodsOf(snapshot: ServerSnapshot, port: FaxPort): FaxRoutingMethod[] {
  return snapshot.routingMethods.filter((method) => method.deviceId === port.deviceId);
}

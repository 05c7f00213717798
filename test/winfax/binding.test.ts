// Every bound function called directly against the simulator, as winfax.h declares it.
import { expect } from 'chai';
import koffi from 'koffi';
import { FAX_CONFIGURATIONW, FAX_DEVICE_STATUSW, FAX_PORT_INFOW, FAX_ROUTING_METHODW } from '../../src/winfax/types.js';
import type { FaxConfigurationW, FaxDeviceStatusW, FaxPortInfoW, FaxRoutingMethodW } from '../../src/winfax/types.js';
import { decodeArray, decodeStruct, structSize } from '../../src/winfax/memory.js';
import type { FaxPointer, Out } from '../../src/winfax/prototypes.js';
import { FPF_RECEIVE, FPF_SEND, FPS, PORT_OPEN_MODIFY, PORT_OPEN_QUERY } from '../../src/winfax/constants.js';
import {
  ERROR_ACCESS_DENIED,
  ERROR_BAD_UNIT,
  ERROR_INVALID_DATA,
  ERROR_INVALID_HANDLE,
  ERROR_INVALID_PARAMETER,
  RPC_S_SERVER_UNAVAILABLE,
} from '../../src/winfax/win32-errors.js';
import { useSimulator } from '../helpers/simulator.js';
import { apiFailure as failure } from '../helpers/failure.js';
import { JOB_START, STORE_IN_FOLDER } from '../helpers/fixtures.js';

describe('winfax binding against the simulator', function () {
  const sim = useSimulator();
  const fx = () => sim.library.functions;
  /**
   * Reads the calling thread's last error straight from the library, changing nothing. Declared
   * before the calls it checks: loading and declaring could themselves set the last error on Windows.
   */
  const lastErrorReader = (): (() => number) =>
    koffi.load(sim.library.location.path).func('uint32_t FaxSimGetLastError()') as () => number;

  function connect(name: string | null = null): FaxPointer {
    const out: Out<FaxPointer | null> = [null];
    expect(fx().FaxConnectFaxServerW(name, out), 'FaxConnectFaxServerW').to.not.equal(0);
    expect(out[0]).to.not.equal(null);
    return out[0] as FaxPointer;
  }

  function openPort(server: FaxPointer, deviceId: number, flags: number): FaxPointer {
    const out: Out<FaxPointer | null> = [null];
    sim.library.invoke('FaxOpenPort', server, deviceId, flags, out);
    return out[0] as FaxPointer;
  }

  it('FaxConnectFaxServerW gives a server handle that FaxClose closes', function () {
    const server = connect();
    expect(sim.controls.stats().serverHandles).to.equal(1);
    expect(fx().FaxClose(server)).to.not.equal(0);
    expect(sim.controls.stats().serverHandles).to.equal(0);
  });

  it('FaxConnectFaxServerW with an unknown machine fails with RPC_S_SERVER_UNAVAILABLE', function () {
    const error = failure(() => sim.library.invoke('FaxConnectFaxServerW', 'NOSUCHHOST', [null]));
    expect(error.api).to.equal('FaxConnectFaxServerW');
    expect(error.win32Code).to.equal(RPC_S_SERVER_UNAVAILABLE);
    expect(error.win32Name).to.equal('RPC_S_SERVER_UNAVAILABLE');
    expect(error.message).to.contain('FaxConnectFaxServerW').and.contain('RPC_S_SERVER_UNAVAILABLE (1722)');
  });

  it('FaxClose on a closed handle, or NULL, fails with ERROR_INVALID_HANDLE', function () {
    const server = connect();
    sim.library.invoke('FaxClose', server);
    expect(failure(() => sim.library.invoke('FaxClose', server)).win32Code).to.equal(ERROR_INVALID_HANDLE);
    expect(failure(() => sim.library.invoke('FaxClose', null)).win32Code).to.equal(ERROR_INVALID_HANDLE);
  });

  it('FaxEnumPortsW returns every FAX_PORT_INFOW in one buffer that FaxFreeBuffer releases', function () {
    const server = connect();
    try {
      const buffer: Out<FaxPointer | null> = [null];
      const count: Out<number> = [0];
      sim.library.invoke('FaxEnumPortsW', server, buffer, count);
      expect(count[0]).to.equal(4);
      expect(sim.controls.stats().unfreedBuffers).to.equal(1);
      const ports = decodeArray<FaxPortInfoW>(buffer[0] as FaxPointer, FAX_PORT_INFOW, count[0]);
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
      expect(sim.controls.stats().unfreedBuffers).to.equal(0);
      expect(ports.map((p) => p.DeviceId)).to.deep.equal([65537, 65538, 65539, 65540]);
      expect(ports.every((p) => p.SizeOfStruct === structSize(FAX_PORT_INFOW))).to.equal(true);
      // UTF-16 strings survive the trip, including characters outside ASCII.
      expect(ports[2]?.DeviceName).to.equal('Línea de fax 3 (Conexant)');
      expect(ports[0]?.Flags).to.equal(FPF_SEND | FPF_RECEIVE);
      expect(ports[2]?.State).to.equal(FPS.FPS_OFFLINE);
    } finally {
      fx().FaxClose(server);
    }
  });

  it('FaxEnumPortsW on a closed server handle fails with ERROR_INVALID_HANDLE', function () {
    const server = connect();
    fx().FaxClose(server);
    const error = failure(() => sim.library.invoke('FaxEnumPortsW', server, [null], [0]));
    expect([error.api, error.win32Code]).to.deep.equal(['FaxEnumPortsW', ERROR_INVALID_HANDLE]);
  });

  it('FaxOpenPort rejects bad flags, unknown devices and a second modify handle', function () {
    const server = connect();
    try {
      expect(failure(() => openPort(server, 65537, 0)).win32Code).to.equal(ERROR_INVALID_PARAMETER);
      expect(failure(() => openPort(server, 4242, PORT_OPEN_QUERY)).win32Code).to.equal(ERROR_BAD_UNIT);
      const modify = openPort(server, 65537, PORT_OPEN_MODIFY);
      const second = failure(() => openPort(server, 65537, PORT_OPEN_MODIFY));
      expect([second.api, second.win32Code]).to.deep.equal(['FaxOpenPort', ERROR_INVALID_HANDLE]);
      // Queries are not exclusive, and another device can be modified meanwhile.
      fx().FaxClose(openPort(server, 65537, PORT_OPEN_QUERY));
      fx().FaxClose(openPort(server, 65538, PORT_OPEN_MODIFY));
      fx().FaxClose(modify);
      fx().FaxClose(openPort(server, 65537, PORT_OPEN_MODIFY));
    } finally {
      fx().FaxClose(server);
    }
  });

  it('FaxGetPortW reads one port and refuses a server handle in place of a port handle', function () {
    const server = connect();
    const port = openPort(server, 65538, PORT_OPEN_QUERY);
    try {
      const buffer: Out<FaxPointer | null> = [null];
      sim.library.invoke('FaxGetPortW', port, buffer);
      const info = decodeStruct<FaxPortInfoW>(buffer[0] as FaxPointer, FAX_PORT_INFOW);
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
      expect([info.DeviceId, info.DeviceName, info.Rings, info.Tsid]).to.deep.equal([65538, 'USRobotics 56K Voice', 3, 'Contoso Sales']);
      expect(failure(() => sim.library.invoke('FaxGetPortW', server, [null])).win32Code).to.equal(ERROR_INVALID_HANDLE);
    } finally {
      fx().FaxClose(port);
      fx().FaxClose(server);
    }
  });

  it('FaxSetPortW needs a modify handle and a correct SizeOfStruct', function () {
    const server = connect();
    const query = openPort(server, 65538, PORT_OPEN_QUERY);
    const modify = openPort(server, 65537, PORT_OPEN_MODIFY);
    const info: FaxPortInfoW = {
      SizeOfStruct: structSize(FAX_PORT_INFOW), DeviceId: 65537, State: 0, Flags: FPF_SEND | FPF_RECEIVE,
      Rings: 7, Priority: 1, DeviceName: null, Tsid: 'NEW TSID', Csid: 'NEW CSID',
    };
    try {
      expect(failure(() => sim.library.invoke('FaxSetPortW', query, { ...info, DeviceId: 65538 })).win32Code).to.equal(ERROR_ACCESS_DENIED);
      expect(failure(() => sim.library.invoke('FaxSetPortW', modify, { ...info, SizeOfStruct: 40 })).win32Code).to.equal(ERROR_INVALID_PARAMETER);
      expect(failure(() => sim.library.invoke('FaxSetPortW', modify, null)).win32Code).to.equal(ERROR_INVALID_PARAMETER);
      sim.library.invoke('FaxSetPortW', modify, info);
      const buffer: Out<FaxPointer | null> = [null];
      sim.library.invoke('FaxGetPortW', modify, buffer);
      const reread = decodeStruct<FaxPortInfoW>(buffer[0] as FaxPointer, FAX_PORT_INFOW);
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
      expect([reread.Rings, reread.Tsid, reread.Csid]).to.deep.equal([7, 'NEW TSID', 'NEW CSID']);
      // DeviceName is read-only: the NULL we passed did not erase it.
      expect(reread.DeviceName).to.equal('Standard 56000 bps Modem');
    } finally {
      fx().FaxClose(query);
      fx().FaxClose(modify);
      fx().FaxClose(server);
    }
  });

  it('FaxGetDeviceStatusW reports the active job with its FILETIMEs', function () {
    const server = connect('FAXSRV02');
    const port = openPort(server, 131073, PORT_OPEN_QUERY);
    try {
      const buffer: Out<FaxPointer | null> = [null];
      sim.library.invoke('FaxGetDeviceStatusW', port, buffer);
      const status = decodeStruct<FaxDeviceStatusW>(buffer[0] as FaxPointer, FAX_DEVICE_STATUSW);
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
      expect(status.SizeOfStruct).to.equal(structSize(FAX_DEVICE_STATUSW));
      expect([status.DeviceId, status.Status, status.CurrentPage, status.TotalPages]).to.deep.equal([131073, FPS.FPS_RECEIVING, 2, 5]);
      expect([status.CallerId, status.DocumentName, status.UserName]).to.deep.equal(['+44 161 496 0123', 'Purchase order 4471', 'CONTOSO\\faxsvc']);
      const ticks = (BigInt(status.StartTime.dwHighDateTime) << 32n) | BigInt(status.StartTime.dwLowDateTime);
      expect(ticks).to.equal(BigInt(JOB_START) * 10_000_000n + 116_444_736_000_000_000n);
    } finally {
      fx().FaxClose(port);
      fx().FaxClose(server);
    }
  });

  it('FaxEnumRoutingMethodsW and FaxEnableRoutingMethodW list and switch routing methods', function () {
    const server = connect();
    const port = openPort(server, 65537, PORT_OPEN_MODIFY);
    const read = (): FaxRoutingMethodW[] => {
      const buffer: Out<FaxPointer | null> = [null];
      const count: Out<number> = [0];
      sim.library.invoke('FaxEnumRoutingMethodsW', port, buffer, count);
      const methods = decodeArray<FaxRoutingMethodW>(buffer[0] as FaxPointer, FAX_ROUTING_METHODW, count[0]);
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
      return methods;
    };
    try {
      const before = read();
      expect(before).to.have.length(3);
      expect(before.find((m) => m.Guid === STORE_IN_FOLDER)?.Enabled).to.not.equal(0);
      sim.library.invoke('FaxEnableRoutingMethodW', port, STORE_IN_FOLDER, 0);
      expect(read().find((m) => m.Guid === STORE_IN_FOLDER)?.Enabled).to.equal(0);
      const unknown = failure(() => sim.library.invoke('FaxEnableRoutingMethodW', port, '{00000000-0000-0000-0000-000000000000}', 1));
      expect(unknown.win32Code).to.equal(ERROR_INVALID_DATA);
    } finally {
      fx().FaxClose(port);
      fx().FaxClose(server);
    }
  });

  it('FaxGetConfigurationW and FaxSetConfigurationW round-trip the configuration and check SizeOfStruct and Reserved', function () {
    const server = connect();
    try {
      const buffer: Out<FaxPointer | null> = [null];
      sim.library.invoke('FaxGetConfigurationW', server, buffer);
      const config = decodeStruct<FaxConfigurationW>(buffer[0] as FaxPointer, FAX_CONFIGURATIONW);
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
      expect(config.SizeOfStruct).to.equal(structSize(FAX_CONFIGURATIONW));
      const changed: FaxConfigurationW = { ...config, Retries: 9, StartCheapTime: { Hour: 21, Minute: 15 }, Reserved: null };
      expect(failure(() => sim.library.invoke('FaxSetConfigurationW', server, { ...changed, SizeOfStruct: 60 })).win32Code).to.equal(ERROR_INVALID_PARAMETER);
      expect(failure(() => sim.library.invoke('FaxSetConfigurationW', server, { ...changed, Reserved: 'x' })).win32Code).to.equal(ERROR_INVALID_PARAMETER);
      sim.library.invoke('FaxSetConfigurationW', server, changed);
      const again: Out<FaxPointer | null> = [null];
      sim.library.invoke('FaxGetConfigurationW', server, again);
      const reread = decodeStruct<FaxConfigurationW>(again[0] as FaxPointer, FAX_CONFIGURATIONW);
      fx().FaxFreeBuffer(again[0] as FaxPointer);
      expect([reread.Retries, reread.StartCheapTime]).to.deep.equal([9, { Hour: 21, Minute: 15 }]);
    } finally {
      fx().FaxClose(server);
    }
  });

  it('rights in the state make calls fail with ERROR_ACCESS_DENIED', function () {
    const server = connect('READONLY');
    try {
      const error = failure(() => openPort(server, 70001, PORT_OPEN_MODIFY));
      expect([error.api, error.win32Code]).to.deep.equal(['FaxOpenPort', ERROR_ACCESS_DENIED]);
      // A well-formed configuration, so that only the missing config-set right can refuse it.
      const buffer: Out<FaxPointer | null> = [null];
      sim.library.invoke('FaxGetConfigurationW', server, buffer);
      const current = decodeStruct<FaxConfigurationW>(buffer[0] as FaxPointer, FAX_CONFIGURATIONW);
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
      const before = sim.readState();
      const config = failure(() => sim.library.invoke('FaxSetConfigurationW', server, { ...current, Retries: current.Retries + 1, Reserved: null }));
      expect([config.api, config.win32Code]).to.deep.equal(['FaxSetConfigurationW', ERROR_ACCESS_DENIED]);
      expect(sim.readState(), 'a refused configuration changes nothing').to.equal(before);
    } finally {
      fx().FaxClose(server);
    }
    const lockedOut = connect('LOCKEDOUT');
    try {
      expect(failure(() => sim.library.invoke('FaxEnumPortsW', lockedOut, [null], [0])).win32Code).to.equal(ERROR_ACCESS_DENIED);
    } finally {
      fx().FaxClose(lockedOut);
    }
  });

  it('an injected fault fails the nth call with the chosen code, once, and the last error reads it', function () {
    const lastError = lastErrorReader();
    sim.controls.injectFault('FaxConnectFaxServerW', 2, RPC_S_SERVER_UNAVAILABLE);
    expect(fx().FaxClose(null)).to.equal(0);
    expect(lastError(), 'after FaxClose(NULL)').to.equal(ERROR_INVALID_HANDLE);
    const first = connect();
    expect(lastError(), 'after a call that succeeded').to.equal(0);
    const out: Out<FaxPointer | null> = [null];
    expect(fx().FaxConnectFaxServerW(null, out), 'the second call').to.equal(0);
    expect(out[0]).to.equal(null);
    expect(lastError(), 'after the injected failure').to.equal(RPC_S_SERVER_UNAVAILABLE);
    const third = connect();
    expect(lastError(), 'after the third call, which the fault no longer concerns').to.equal(0);
    fx().FaxClose(first);
    fx().FaxClose(third);
    expect(sim.controls.stats().serverHandles).to.equal(0);
  });
});

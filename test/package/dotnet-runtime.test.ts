// What a Windows server needs beside the package: the .NET runtime, for FaxComEx only. Where
// edge-js finds none, the FaxComEx backend says so, as RuntimeNotInstalledError (-32006) from
// the sidecar (here) and an ErrorRecord of category NotInstalled from the module
// (test/powershell/ComExRuntime.Tests.ps1). Shown with the stand-in bridge and a PATH without dotnet.
import { expect } from 'chai';
import { STAND_IN_ENV } from '../../src/comex/session.js';
import { SidecarClient } from '../helpers/sidecar.js';

const NO_DOTNET = { PATH: '/nonexistent', [STAND_IN_ENV]: '1' };

describe('FaxComEx without a .NET runtime', function () {
  this.timeout(120_000);

  it('answers -32006 RuntimeNotInstalledError naming the .NET 8 runtime, and the winfax backend still works', async function () {
    const sidecar = new SidecarClient({ ...process.env, ...NO_DOTNET });
    try {
      const comex = await sidecar.call('port.list', { backend: 'comex' });
      expect(comex.error?.code).to.equal(-32006);
      expect(comex.error?.data).to.include({ type: 'RuntimeNotInstalledError', server: 'localhost' });
      expect(comex.error?.message).to.match(/^The FaxComEx backend needs the \.NET 8 runtime \(Microsoft\.NETCore\.App 8\.0\), which it could not find/);
      const winfax = await sidecar.call('port.list', { backend: 'winfax' });
      expect(winfax.error).to.equal(undefined);
    } finally {
      await sidecar.stop();
    }
  });
});

// Which library is loaded, and what a user is told when it cannot be.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadWinFax, loadWinFaxAt } from '../../src/winfax/library.js';
import { FaxLibraryError, FaxNotInstalledError } from '../../src/winfax/errors.js';
import { resolveLibrary, simulatorLibraryPath, windowsLibraryPath } from '../../src/winfax/library-path.js';
import { runAsPackageUser } from '../helpers/package-user.js';

describe('winfax library loading', function () {
  it('uses winfax.dll from the system folder on Windows, by its full path, never by the bare name', function () {
    expect(resolveLibrary(undefined, { SystemRoot: 'D:\\WINNT' }, 'win32')).to.deep.equal({ path: 'D:\\WINNT\\System32\\winfax.dll', source: 'windows' });
    expect(resolveLibrary(undefined, {}, 'win32')).to.deep.equal({ path: 'C:\\Windows\\System32\\winfax.dll', source: 'windows' });
  });

  it('a missing winfax.dll in the system folder is a FaxNotInstalledError that says the Fax feature is absent', function () {
    const root = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-no-fax-'));
    try {
      const location = { path: windowsLibraryPath({ SystemRoot: root }), source: 'windows' } as const;
      expect(() => loadWinFaxAt(location)).to.throw(FaxNotInstalledError, /^The Windows Fax feature is not installed on this computer: .*winfax\.dll \(the Fax Service client\) does not exist/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('uses the simulator elsewhere', function () {
    expect(resolveLibrary(undefined, {}, 'linux')).to.deep.equal({ path: simulatorLibraryPath('linux'), source: 'simulator' });
    expect(simulatorLibraryPath('linux')).to.match(/build[/\\]simulator[/\\]libwinfaxsim\.so$/);
    expect(simulatorLibraryPath('darwin')).to.match(/libwinfaxsim\.dylib$/);
  });

  it('prefers the explicit option, then FAXBRIDGE_LIBRARY', function () {
    const env = { FAXBRIDGE_LIBRARY: '/from/env.so' };
    expect(resolveLibrary('/from/option.so', env, 'win32')).to.deep.equal({ path: path.resolve('/from/option.so'), source: 'option' });
    expect(resolveLibrary(undefined, env, 'win32')).to.deep.equal({ path: path.resolve('/from/env.so'), source: 'environment' });
  });

  it('a missing library throws a FaxLibraryError that says what was looked for', function () {
    try {
      loadWinFax({ libraryPath: '/no/such/libwinfax.so' });
      expect.fail('loadWinFax should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(FaxLibraryError);
      const missing = path.resolve('/no/such/libwinfax.so');
      expect((error as FaxLibraryError).message).to.equal(
        `FaxBridge found no fax library: looked for ${missing} (given as the library path option), which does not exist.`,
      );
      expect((error as FaxLibraryError).searched).to.deep.equal([missing]);
    }
  });

  it('a library that is not winfax-compatible is refused by name of the missing function', function () {
    try {
      const other = { linux: '/lib/x86_64-linux-gnu/libc.so.6', win32: 'C:\\windows\\system32\\kernel32.dll' }[process.platform as string];
      loadWinFax({ libraryPath: other ?? '/usr/lib/libSystem.B.dylib' });
      expect.fail('loadWinFax should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(FaxLibraryError);
      expect((error as Error).message).to.contain('lacks FaxConnectFaxServerW');
    }
  });

  it('the default library loads, and the simulator is recognised as such even under the name winfax.dll', function () {
    const library = loadWinFax();
    expect(library.simulator).to.not.equal(undefined);
    expect(library.isWindowsFaxService).to.equal(false);
    expect(library.location.source).to.equal(process.platform === 'win32' ? 'windows' : 'simulator');
  });

  it('the package exports the binding as faxbridge/winfax with each struct under its Windows name', function () {
    const script =
      "const m = await import('faxbridge/winfax');" +
      "console.log(JSON.stringify(['FAX_PORT_INFOW','FAX_DEVICE_STATUSW','FAX_ROUTING_METHODW','FAX_CONFIGURATIONW','FAX_TIME','FILETIME']" +
      ".map((n) => [n, m[n] && typeof m[n] === 'object' && m[n].name === n])));";
    const printed = runAsPackageUser(script);
    for (const [name, ok] of JSON.parse(printed) as [string, boolean][]) expect(ok, name).to.equal(true);
  });
});

// Which names mean this machine: a server's own FQDN or IP is the local server, not a remote one.
import os from 'node:os';
import { expect } from 'chai';
import { currentMachine, isThisMachine, type MachineIdentity } from '../../src/core/machine-names.js';
import { displayServerName, isLocalServerName } from '../../src/core/server-name.js';
import { defaultBackend } from '../../src/backends/choice.js';

const faxsrv01: MachineIdentity = {
  hostName: 'FAXSRV01',
  dnsDomain: undefined,
  dnsName: () => 'faxsrv01.contoso.com',
  addresses: () => ['10.20.30.40', 'fe80::1c2d:3e4f:5a6b:7c8d%12', '127.0.0.1', '::1'],
};

describe('core: names of this machine', function () {
  it('knows its host name, its DNS name and its addresses, in any case', function () {
    for (const name of ['faxsrv01', 'FAXSRV01', 'faxsrv01.contoso.com', 'FaxSrv01.Contoso.COM', '10.20.30.40', 'fe80::1c2d:3e4f:5a6b:7c8d', '[::1]', '127.0.0.1', '127.0.1.1']) {
      expect(isThisMachine(name, faxsrv01), name).to.equal(true);
    }
  });

  it('does not take another domain, another host or another address for itself', function () {
    for (const name of ['faxsrv01.fabrikam.com', 'faxsrv02.contoso.com', 'faxsrv02', 'contoso.com', '10.20.30.41', 'faxsrv01.contoso.com.evil']) {
      expect(isThisMachine(name, faxsrv01), name).to.equal(false);
    }
  });

  it('lists the interfaces only for a name that can be an address', function () {
    let listed = 0;
    const counting: MachineIdentity = { ...faxsrv01, addresses: () => (listed++, faxsrv01.addresses()) };
    for (const name of ['FAXSRV02', 'faxsrv02.contoso.com', 'fax-01', '\\\\FAXSRV02']) expect(isThisMachine(name, counting), name).to.equal(false);
    expect(listed).to.equal(0);
    expect(isThisMachine('10.20.30.40', counting)).to.equal(true);
    expect(isThisMachine('[fe80::1c2d:3e4f:5a6b:7c8d%12]', counting)).to.equal(true);
    expect(listed).to.equal(2);
  });

  it('takes the host name in the user\'s DNS domain (USERDNSDOMAIN) when Windows gives no DNS name', function () {
    const domainOnly: MachineIdentity = { ...faxsrv01, dnsDomain: 'CONTOSO.COM', dnsName: () => null };
    expect(isThisMachine('faxsrv01.contoso.com', domainOnly)).to.equal(true);
    expect(isThisMachine('faxsrv01.fabrikam.com', domainOnly)).to.equal(false);
  });

  it('on this machine: every address of every interface, and the host name, are the local server', function () {
    const machine = currentMachine();
    const addresses = machine.addresses();
    expect(addresses.length).to.be.greaterThan(0);
    for (const address of [...addresses, os.hostname()]) {
      expect(isLocalServerName(address), address).to.equal(true);
      expect(displayServerName(`\\\\${address}`)).to.equal('localhost');
    }
    expect(isLocalServerName('faxsrv-not-this-machine.example.com')).to.equal(false);
  });

  // Windows code only: GetComputerNameExW through koffi (npm run test:windows runs it under Wine).
  if (process.platform === 'win32') {
    it('on Windows, asks kernel32 for the DNS name, and -Backend WinFax on the server by that name is local', function () {
      const dnsName = currentMachine().dnsName();
      expect(dnsName).to.be.a('string').and.match(new RegExp(`^${os.hostname().toLowerCase().split('.')[0]}(\\.|$)`));
      expect(isLocalServerName(dnsName)).to.equal(true);
      expect(defaultBackend(dnsName ?? '', 'win32', {})).to.equal('winfax');
    });
  }
});

describe('backends: the default for a server', function () {
  it('is winfax off Windows and for this machine; FaxComEx for a remote server on Windows', function () {
    expect(defaultBackend(undefined, 'linux', {})).to.equal('winfax');
    expect(defaultBackend('FAXSRV02', 'linux', {})).to.equal('winfax');
    expect(defaultBackend('localhost', 'win32', {})).to.equal('winfax');
    expect(defaultBackend(os.hostname(), 'win32', {})).to.equal('winfax');
    expect(defaultBackend('FAXSRV02', 'win32', {})).to.equal('comex');
  });

  it('keeps winfax for a remote server on Windows when FAXBRIDGE_LIBRARY names a winfax-compatible library', function () {
    expect(defaultBackend('FAXSRV02', 'win32', { FAXBRIDGE_LIBRARY: 'C:\\FaxSim\\winfax.dll' })).to.equal('winfax');
  });
});

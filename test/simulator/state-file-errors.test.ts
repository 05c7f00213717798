// A state file the simulator cannot load is reported with its path and line (FaxSimGetLastDiagnostic),
// with the Win32 code kept; and a rewrite keeps the mode and owner of the file it replaces.
import { chmodSync, chownSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { expect } from 'chai';
import { withSession } from '../../src/core/session.js';
import { ERROR_BAD_UNIT, ERROR_INVALID_DATA } from '../../src/winfax/win32-errors.js';
import { writeStateFile } from '../../src/simulator/state-file.js';
import { useSimulator } from '../helpers/simulator.js';
import { apiFailure as failure } from '../helpers/failure.js';
import { standardServers } from '../helpers/fixtures.js';

const ARCHIVE = 'C:\\ProgramData\\Microsoft\\Windows NT\\MSFax\\SentItems';

describe('simulator state file: a file that cannot be loaded', function () {
  const sim = useSimulator();

  /** The file as the simulator wrote it before control characters were refused. */
  function corruptArchiveDirectory(archive: string): void {
    writeFileSync(sim.stateFile, sim.readState().replace(ARCHIVE, archive));
  }

  it('names the file and the line when a tab split the config record, on every server, and keeps ERROR_INVALID_DATA', function () {
    corruptArchiveDirectory('C:\\Fax\tArchive');
    const configLine = sim.readState().split('\n').findIndex((line) => line.startsWith('config\t')) + 1;
    for (const server of ['localhost', 'FAXSRV02']) {
      const error = failure(() => withSession({ library: sim.library, server }, (s) => s.listPorts()));
      expect(error).to.include({ api: 'FaxConnectFaxServerW', win32Code: ERROR_INVALID_DATA, win32Name: 'ERROR_INVALID_DATA' });
      expect(error.diagnostic).to.equal(
        `simulator state file ${sim.stateFile} line ${configLine}: a config record holds 11 fields (retries ... archiveDirectory); got 12; ` +
          'a tab or line break inside a text field would cause this (repair the line, or delete the file to start again from the default state)',
      );
      expect(error.message).to.equal(`${error.diagnostic}. (FaxConnectFaxServerW failed: ERROR_INVALID_DATA (13): The data is invalid.)`);
    }
  });

  it('names the line a line break pushed out of its record', function () {
    corruptArchiveDirectory('C:\\Fax\nArchive');
    const strayLine = sim.readState().split('\n').indexOf('Archive') + 1;
    const error = failure(() => withSession({ library: sim.library }, (s) => s.getConfiguration()));
    expect(error.win32Code).to.equal(ERROR_INVALID_DATA);
    expect(error.message).to.match(new RegExp(`^simulator state file .*state\\.tsv line ${strayLine}: unknown record "Archive" \\(records are server`));
  });

  it('names the field of a record whose value cannot be read', function () {
    writeFileSync(sim.stateFile, sim.readState().replace(/^port\t65538\t1\t3\t/m, 'port\t65538\t1\tthree\t'));
    const error = failure(() => withSession({ library: sim.library }, (s) => s.listPorts()));
    expect(error.diagnostic).to.match(/line \d+: port: deviceId, flags, rings and priority must be whole numbers, got "65538", "1", "three", "2" \(repair the line/);
  });

  it('starts again from the default state once the broken file is deleted, as the diagnostic advises', function () {
    corruptArchiveDirectory('C:\\Fax\nArchive');
    expect(failure(() => withSession({ library: sim.library }, (s) => s.listPorts())).diagnostic).to.contain('delete the file');
    rmSync(sim.stateFile);
    const ports = withSession({ library: sim.library }, (s) => s.listPorts());
    expect(ports.map((p) => p.name)).to.include('USRobotics 56K Voice');
    expect(sim.readState()).to.match(/^faxbridge-simulator-state\t1$/m);
  });

  it('names a state file that cannot be reached at all, with ERROR_ACCESS_DENIED', function () {
    const blocked = `${sim.stateFile}/inside/state.tsv`;
    process.env['FAXBRIDGE_SIM_STATE'] = blocked;
    try {
      const error = failure(() => withSession({ library: sim.library }, (s) => s.listPorts()));
      expect(error).to.include({ win32Name: 'ERROR_ACCESS_DENIED', diagnostic: `simulator state file ${blocked} cannot be examined: Not a directory` });
    } finally {
      process.env['FAXBRIDGE_SIM_STATE'] = sim.stateFile;
    }
  });

  it('says when the header is missing', function () {
    writeFileSync(sim.stateFile, 'server\tlocal\n');
    const error = failure(() => withSession({ library: sim.library }, (s) => s.listPorts()));
    expect(error.diagnostic).to.equal(`simulator state file ${sim.stateFile} line 1: expected the header "faxbridge-simulator-state<TAB>1" before any record, got "server" (repair the line, or delete the file to start again from the default state)`);
  });

  it('leaves the broken file as it was, and forgets the diagnostic once the file is repaired', function () {
    corruptArchiveDirectory('C:\\Fax\tArchive');
    const broken = sim.readState();
    expect(failure(() => withSession({ library: sim.library }, (s) => s.setConfiguration({ retries: 4 }))).diagnostic).to.contain(sim.stateFile);
    expect(sim.readState()).to.equal(broken);
    // The next call's failure is its own: FaxClose(NULL) says nothing of the file.
    expect(failure(() => sim.library.invoke('FaxClose', null)).diagnostic).to.equal(undefined);
    writeFileSync(sim.stateFile, broken.replace('C:\\Fax\tArchive', 'C:\\Fax Archive'));
    const unknownDevice = failure(() => withSession({ library: sim.library }, (s) => s.getPort({ deviceId: 4242 })));
    expect(unknownDevice.win32Code).to.equal(ERROR_BAD_UNIT);
    expect(unknownDevice.diagnostic).to.equal(undefined);
  });
});

describe('simulator state file: a rewrite keeps the mode and owner of the file it replaces', function () {
  const sim = useSimulator();
  const mode = (): number => statSync(sim.stateFile).mode & 0o7777;
  const changeSomething = (rings: number): void => {
    withSession({ library: sim.library }, (s) => s.setPort({ deviceId: 65537 }, { rings }));
  };

  for (const kept of [0o640, 0o600, 0o604, 0o000]) {
    it(`mode ${kept.toString(8).padStart(4, '0')} stays after FaxSetPortW and after the TypeScript writer`, function () {
      chmodSync(sim.stateFile, kept);
      changeSomething(5);
      expect(mode().toString(8)).to.equal(kept.toString(8));
      expect(readFileSync(sim.stateFile, 'utf8')).to.match(/^port\t65537\t3\t5\t/m);
      writeStateFile(sim.stateFile, standardServers());
      expect(mode().toString(8)).to.equal(kept.toString(8));
    });
  }

  it('a new state file gets the default mode (0666 less the umask)', function () {
    const umask = process.umask();
    process.umask(umask);
    const fresh = `${sim.dir}/fresh/state.tsv`;
    process.env['FAXBRIDGE_SIM_STATE'] = fresh;
    try {
      withSession({ library: sim.library }, (s) => s.listPorts());
      expect((statSync(fresh).mode & 0o777).toString(8)).to.equal((0o666 & ~umask).toString(8));
    } finally {
      process.env['FAXBRIDGE_SIM_STATE'] = sim.stateFile;
    }
  });

  // Only root may give a file to another user; others keep their own files, so this checks the
  // case where the owner could be lost.
  it('the owner and group stay after a rewrite by root', function () {
    const other = process.getuid?.() === 0 ? 4321 : (process.getuid?.() ?? 0);
    const group = process.getuid?.() === 0 ? 4322 : (process.getgid?.() ?? 0);
    chownSync(sim.stateFile, other, group);
    changeSomething(6);
    expect([statSync(sim.stateFile).uid, statSync(sim.stateFile).gid]).to.deep.equal([other, group]);
    writeStateFile(sim.stateFile, standardServers());
    expect([statSync(sim.stateFile).uid, statSync(sim.stateFile).gid]).to.deep.equal([other, group]);
  });
});

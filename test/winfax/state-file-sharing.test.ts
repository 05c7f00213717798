// Windows refuses to rename over a file that another process holds open without FILE_SHARE_DELETE,
// as the C runtime's fopen and .NET's file readers do; POSIX replaces it under the reader. Two
// sidecars on one state file met this under Wine: one import's change failed as ACCESS_DENIED.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { expect } from 'chai';
import { withSession } from '../../src/core/session.js';
import { packageRoot } from '../../src/winfax/library-path.js';
import { useSimulator } from '../helpers/simulator.js';

// Opens argv[1] for reading, shared for reading and writing but not deletion, says so, and closes
// it after argv[2] milliseconds.
const HOLD_OPEN = `
const kernel32 = require('koffi').load('kernel32.dll');
const CreateFileW = kernel32.func('intptr_t __stdcall CreateFileW(str16, uint32_t, uint32_t, void *, uint32_t, uint32_t, void *)');
const CloseHandle = kernel32.func('int __stdcall CloseHandle(intptr_t)');
const GENERIC_READ = 0x80000000, FILE_SHARE_READ = 1, FILE_SHARE_WRITE = 2, OPEN_EXISTING = 3;
const file = CreateFileW(process.argv[1], GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, null, OPEN_EXISTING, 0, null);
if (file === -1) { console.error('cannot open ' + process.argv[1]); process.exit(1); }
console.log('held');
setTimeout(() => CloseHandle(file), Number(process.argv[2]));
`;

// Windows file semantics only: on POSIX a rename never waits for readers.
if (process.platform === 'win32') {
  describe('simulator state file held open by another process (Windows)', function () {
    const sim = useSimulator();

    it('a port change waits for the reader to close the file, then is saved', async function () {
      withSession({ library: sim.library }, (s) => s.getPort({ deviceId: 65538 }));
      const holder = spawn(process.execPath, ['-e', HOLD_OPEN, sim.stateFile, '400'], { cwd: packageRoot(), stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = once(holder, 'exit');
      try {
        const [line] = (await once(createInterface({ input: holder.stdout }), 'line')) as [string];
        expect(line).to.equal('held');

        const updated = withSession({ library: sim.library }, (s) => s.setPort({ deviceId: 65538 }, { rings: 6 }));
        expect(updated.rings).to.equal(6);
        const [code] = (await exited) as [number | null];
        expect(code, 'the process holding the file open').to.equal(0);
        const saved = withSession({ library: sim.library }, (s) => s.getPort({ deviceId: 65538 }));
        expect(saved.rings, 'the change as a later read finds it').to.equal(6);
        expect(sim.readState(), 'the state file').to.match(/^port\t65538\t\d+\t6\t/m);
      } finally {
        // The state folder can only be removed once the holder has closed the file.
        if (holder.exitCode === null) holder.kill();
        await exited;
      }
    });
  });
}

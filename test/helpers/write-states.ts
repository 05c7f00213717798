// Writes each of the named simulator worlds of fixtures.ts as <folder>/<name>.tsv, so the Pester
// tests (test/powershell/TestHelpers.ps1) start from the same fixture data as the mocha tests.
// Usage: node dist/test/helpers/write-states.js <folder>
import path from 'node:path';
import { writeStateFile } from '../../src/simulator/state-file.js';
import { namedWorlds } from './fixtures.js';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node dist/test/helpers/write-states.js <folder>');
  process.exit(2);
}
for (const [name, servers] of Object.entries(namedWorlds)) writeStateFile(path.join(folder, `${name}.tsv`), servers());

#!/usr/bin/env node
// `npm test`: the TypeScript suites (mocha) and then the PowerShell suites (Pester 5, in one
// pwsh), whatever the first one did, and one closing line `N passed, N failed` for both.
// Arguments go to mocha (`npm test -- --grep binding`); the Pester files are run whole.
// FAXBRIDGE_PWSH names another pwsh; by default it is the .NET local tool.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-test-counts-'));

/** Runs one suite with its output on our console and returns its counts. */
function runSuite(label, file, args) {
  const counts = path.join(scratch, `${label}.json`);
  const started = Date.now();
  const result = spawnSync(file, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FAXBRIDGE_TEST_COUNTS: counts } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let reported;
  try {
    reported = JSON.parse(readFileSync(counts, 'utf8'));
  } catch {
    // It ended before its reporter wrote anything (it did not start, or crashed): one failure.
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    console.error(`${label} ended without reporting its counts (${why})`);
    return { label, passed: 0, failed: 1, skipped: 0, seconds };
  }
  // A runner that exits non-zero with no failure counted (a hook or file that broke) still fails.
  const failed = reported.failed + (result.status !== 0 && reported.failed === 0 ? 1 : 0);
  return { label, passed: reported.passed, failed, skipped: reported.skipped, seconds };
}

const pwsh = process.env.FAXBRIDGE_PWSH ? [process.env.FAXBRIDGE_PWSH, []] : ['dotnet', ['tool', 'run', 'pwsh', '--']];
const suites = [
  runSuite('mocha', process.execPath, [path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', path.join(root, 'scripts', 'mocha-counting-reporter.cjs'), ...process.argv.slice(2)]),
  runSuite('pester', pwsh[0], [...pwsh[1], '-NoProfile', '-NonInteractive', '-File', path.join(root, 'test', 'powershell', 'Invoke-FaxPester.ps1')]),
];
rmSync(scratch, { recursive: true, force: true });

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const s of suites) {
  console.log(`  ${s.label.padEnd(7)} ${s.passed} ok, ${s.failed} not ok, ${s.skipped} pending (${s.seconds} s)`);
  total.passed += s.passed;
  total.failed += s.failed;
  total.skipped += s.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);

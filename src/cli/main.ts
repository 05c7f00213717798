#!/usr/bin/env node
// faxbridge: the entry point. `faxbridge serve` is started by every PowerShell session, so it
// goes straight to the sidecar without loading the command-line parser; the rest goes to yargs.
const args = process.argv.slice(2);
if (args.length === 1 && args[0] === 'serve') {
  const { serve } = await import('../sidecar/serve.js');
  await serve();
} else {
  const { runCommandLine } = await import('./program.js');
  process.exitCode = await runCommandLine(args);
}

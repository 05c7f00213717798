// faxbridge serve: the sidecar the PowerShell module talks to (JSON-RPC 2.0, one message per line).
// As in every command file, registering the command loads nothing its handler needs: the handler
// imports it, so `faxbridge port list` does not load the sidecar (and `serve` alone skips yargs
// altogether, see main.ts).
import type { Argv } from 'yargs';

export function registerServeCommand<T>(yargs: Argv<T>): Argv<T> {
  return yargs.command(
    'serve',
    'Answer JSON-RPC requests on stdin/stdout (used by the FaxBridge PowerShell module; see src/sidecar/PROTOCOL.md)',
    (y) => y,
    async () => {
      const { serve } = await import('../../sidecar/serve.js');
      await serve();
    },
  );
}

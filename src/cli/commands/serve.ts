// faxbridge serve: the sidecar the PowerShell module talks to (JSON-RPC 2.0, one message per line).
import type { Argv } from 'yargs';
import { serve } from '../../sidecar/serve.js';

export function registerServeCommand<T>(yargs: Argv<T>): Argv<T> {
  return yargs.command(
    'serve',
    'Answer JSON-RPC requests on stdin/stdout (used by the FaxBridge PowerShell module; see src/sidecar/PROTOCOL.md)',
    (y) => y,
    async () => {
      await serve();
    },
  );
}

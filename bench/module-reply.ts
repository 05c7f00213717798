// The floors of the PowerShell figures start from the very reply the module receives: asked for
// with the module's handshake (PowerShell's property names) and kept as the sidecar wrote it.
import { spawn } from 'node:child_process';
import { CLI } from '../test/helpers/cli.js';

/** The sidecar's reply to one request, exactly as it wrote it for the module: after the
 * module's handshake, which asks for PowerShell's property names. */
export async function rawReply(env: NodeJS.ProcessEnv, method: string, params: unknown): Promise<string> {
  const child = spawn(process.execPath, [CLI, 'serve'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'handshake', params: { naming: 'powershell' } }) + '\n');
  child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) + '\n');
  const chunks: Buffer[] = [];
  let newlines = 0;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    for (const byte of chunk) if (byte === 0x0a) newlines += 1;
    if (newlines >= 2) break;
  }
  child.stdin.end();
  const lines = Buffer.concat(chunks).toString('utf8').split('\n');
  const handshake = JSON.parse(lines[0] ?? '') as { result?: unknown };
  if (!handshake.result) throw new Error(`the sidecar refused the handshake: ${lines[0]}`);
  return lines[1] ?? '';
}

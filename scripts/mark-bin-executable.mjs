// tsc writes its output with the umask's mode, so a fresh build's bin is not executable and
// `npx faxbridge` fails with "Permission denied" where npm has not linked the bin itself (npm
// sets the mode only when it links a dependency's bin, never the root package's own).
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const relative of Object.values(bin)) {
  const file = join(root, relative);
  chmodSync(file, statSync(file).mode | 0o111);
}

// What a package is built from, as one digest of contents (not times: `npm run build` rewrites
// dist/ with the same bytes), so that an unchanged package need not be built again.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['dist/src', 'schemas', 'powershell', 'module.psd1', 'package.json', 'package-lock.json', 'LICENSE', 'build/simulator', 'build/comex', 'build/edge-bootstrap/lib/bootstrap/bin', 'scripts/package', 'scripts/package-module.mjs'];

function digestInto(hash, root, file) {
  if (!existsSync(file)) return;
  if (statSync(file).isDirectory()) {
    for (const entry of readdirSync(file).sort()) digestInto(hash, root, path.join(file, entry));
    return;
  }
  hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}

export function inputsDigest(root, platform) {
  const hash = createHash('sha256').update(`${platform}\0${process.versions.node}\0`);
  for (const input of INPUTS) digestInto(hash, root, path.join(root, input));
  return hash.digest('hex');
}

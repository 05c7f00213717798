// The size budget: bytes of the module folder and of the .nupkg (compressed, from the zip's
// central directory), per component.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const COMPONENTS = [
  ['node runtime', /^runtime\//],
  ['koffi (+ native build)', /^sidecar\/node_modules\/(koffi|@koromix)\//],
  ['edge-js (+ win32 binaries)', /^sidecar\/node_modules\/edge-js\//],
  ['edge-js bootstrap (.NET)', /^sidecar\/build\/edge-bootstrap\//],
  ['FaxComEx bridge', /^sidecar\/build\/comex\//],
  ['winfax simulator', /^sidecar\/build\/simulator\//],
  ['other npm packages', /^sidecar\/node_modules\//],
  ['sidecar JS', /^sidecar\//],
  ['licenses and notices', /^(LICENSE|THIRD-PARTY-NOTICES\.txt)$/],
  ['module scripts and help', /^[^/]*\.(psd1|psm1|ps1xml)$|^(Public|Private|[a-z]{2}-[A-Z]{2})\//],
];

export function componentOf(relative) {
  return COMPONENTS.find(([, pattern]) => pattern.test(relative))?.[0] ?? 'nupkg metadata';
}

function walk(dir, base = dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else out.push({ relative: path.relative(base, full).replaceAll('\\', '/'), bytes: statSync(full).size });
  }
  return out;
}

/** Entries of a zip file from its central directory: name and compressed size. */
export function zipEntries(file) {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    const compressed = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const raw = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({ name: decodeURIComponent(raw), bytes: compressed });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function measure(moduleDir, nupkg) {
  const folder = new Map();
  const packed = new Map();
  for (const { relative, bytes } of walk(moduleDir)) folder.set(componentOf(relative), (folder.get(componentOf(relative)) ?? 0) + bytes);
  for (const { name, bytes } of zipEntries(nupkg)) packed.set(componentOf(name), (packed.get(componentOf(name)) ?? 0) + bytes);
  const rows = [...COMPONENTS.map(([name]) => name), 'nupkg metadata']
    .filter((name) => folder.has(name) || packed.has(name))
    .map((name) => ({ component: name, folderBytes: folder.get(name) ?? 0, nupkgBytes: packed.get(name) ?? 0 }));
  const total = { component: 'total', folderBytes: sum(folder), nupkgBytes: statSync(nupkg).size };
  return { rows, total };
}

function sum(map) {
  let total = 0;
  for (const value of map.values()) total += value;
  return total;
}

export function formatSizes(platform, { rows, total }) {
  const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
  const width = Math.max(...rows.map((row) => row.component.length), 9);
  const line = (row) => `  ${row.component.padEnd(width)}  ${String(row.folderBytes).padStart(11)} B ${mb(row.folderBytes).padStart(10)}  ${String(row.nupkgBytes).padStart(10)} B ${mb(row.nupkgBytes).padStart(10)}`;
  return [`${platform}:`, `  ${'component'.padEnd(width)}  ${'folder'.padStart(24)}  ${'.nupkg'.padStart(23)}`, ...rows.map(line), line(total)].join('\n');
}

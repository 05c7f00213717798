#!/usr/bin/env node
// Writes simulator/src/default_state.h from the default world in src/simulator-state/default-world.ts
// (built into dist/ by tsc), so the C library's first-use state and the TypeScript world are one.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { defaultStateHeader } = await import(path.join(root, 'dist', 'src', 'simulator-state', 'default-world.js'));
const file = path.join(root, 'simulator', 'src', 'default_state.h');
writeFileSync(file, defaultStateHeader());
console.log(`faxbridge: wrote ${path.relative(root, file)}`);

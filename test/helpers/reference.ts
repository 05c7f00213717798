// The ABI reference the tests compare against: the repository's copy (test/reference), which a
// test keeps identical to the project's shared reference wherever that is present.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/winfax/library-path.js';

export interface ReferenceField {
  readonly name: string;
  readonly type: string;
  readonly offset: number;
  readonly size: number;
}

export interface ReferenceStruct {
  readonly size: number;
  readonly align: number;
  readonly fields: readonly ReferenceField[];
}

export type ReferenceAbi = Record<'x64' | 'x86', Record<string, ReferenceStruct>>;

export const REFERENCE_DIR = path.join(packageRoot(), 'test', 'reference');
export const REFERENCE_FILES = ['winfax-abi.json', 'winfax-exports.txt'] as const;

/** The shared reference beside the repository (or FAXBRIDGE_REFERENCE_DIR), when this machine has it. */
export function sharedReferenceDir(): string | undefined {
  const dir = process.env['FAXBRIDGE_REFERENCE_DIR'] ?? path.resolve(packageRoot(), '..', 'shared', 'reference');
  return existsSync(path.join(dir, REFERENCE_FILES[0])) ? dir : undefined;
}

export function referenceAbi(): ReferenceAbi {
  return JSON.parse(readFileSync(path.join(REFERENCE_DIR, 'winfax-abi.json'), 'utf8')) as ReferenceAbi;
}

export function referenceExports(): Set<string> {
  const text = readFileSync(path.join(REFERENCE_DIR, 'winfax-exports.txt'), 'utf8');
  return new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean));
}

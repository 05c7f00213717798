// The shared ABI reference beside the repository (../shared/reference), read-only.
import { readFileSync } from 'node:fs';
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

export const REFERENCE_DIR = process.env['FAXBRIDGE_REFERENCE_DIR'] ?? path.resolve(packageRoot(), '..', 'shared', 'reference');

export function referenceAbi(): ReferenceAbi {
  return JSON.parse(readFileSync(path.join(REFERENCE_DIR, 'winfax-abi.json'), 'utf8')) as ReferenceAbi;
}

export function referenceExports(): Set<string> {
  const text = readFileSync(path.join(REFERENCE_DIR, 'winfax-exports.txt'), 'utf8');
  return new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean));
}

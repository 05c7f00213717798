// Reading the structs inside a buffer the fax library allocated.
import koffi from 'koffi';
import type { FaxPointer } from './prototypes.js';
import type { structTypes } from './types.js';

type StructType = (typeof structTypes)[keyof typeof structTypes];

export function decodeStruct<T>(buffer: FaxPointer, type: StructType): T {
  return koffi.decode(buffer, type) as T;
}

export function decodeArray<T>(buffer: FaxPointer, type: StructType, count: number): T[] {
  if (count === 0) return [];
  return koffi.decode(buffer, type, count) as T[];
}

/** sizeof(struct), for the SizeOfStruct field every struct passed to the service must carry. */
export function structSize(type: StructType): number {
  return koffi.sizeof(type);
}

// koffi's layout of every winfax struct must equal Windows x64's, field by field.
import { expect } from 'chai';
import koffi from 'koffi';
import { structTypes, type StructName } from '../../src/winfax/types.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCE_DIR, REFERENCE_FILES, referenceAbi, sharedReferenceDir } from '../helpers/reference.js';

const POINTER_SIZE = koffi.sizeof('void *');

describe('ABI: struct layouts against the Windows x64 reference', function () {
  const reference = referenceAbi().x64;

  it('runs on a 64-bit process, where the x64 layout is the one that applies', function () {
    expect(POINTER_SIZE).to.equal(8);
  });

  it('declares every struct the reference lists, and no other', function () {
    expect(Object.keys(structTypes).sort()).to.deep.equal(Object.keys(reference).sort());
  });

  for (const [name, expected] of Object.entries(reference)) {
    describe(name, function () {
      const type = structTypes[name as StructName];

      it(`is ${expected.size} bytes with ${expected.align}-byte alignment`, function () {
        expect(koffi.sizeof(type), 'sizeof').to.equal(expected.size);
        expect(koffi.alignof(type), 'alignof').to.equal(expected.align);
      });

      it('has the reference fields in the reference order', function () {
        expect(Object.keys(koffi.type(type).members ?? {})).to.deep.equal(expected.fields.map((f) => f.name));
      });

      for (const field of expected.fields) {
        it(`places ${field.name} at offset ${field.offset} with size ${field.size}`, function () {
          expect(koffi.offsetof(type, field.name), `offsetof(${name}, ${field.name})`).to.equal(field.offset);
          const member = koffi.type(type).members?.[field.name];
          expect(member?.type.size, `sizeof(${name}.${field.name})`).to.equal(field.size);
        });
      }
    });
  }
});

// Defined only where the project's shared reference is on the machine; a clone elsewhere tests
// against the copy, which this keeps honest wherever both exist.
const shared = sharedReferenceDir();
if (shared) {
  describe('ABI reference: the repository copy', function () {
    for (const file of REFERENCE_FILES) {
      it(`${file} is identical to the shared reference`, function () {
        expect(readFileSync(path.join(REFERENCE_DIR, file), 'utf8')).to.equal(readFileSync(path.join(shared, file), 'utf8'));
      });
    }
  });
}

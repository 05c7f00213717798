// Every function the binding declares must exist in the real winfax.dll.
import { expect } from 'chai';
import { PROTOTYPES, SIMULATOR_PROTOTYPES } from '../../src/winfax/prototypes.js';
import { referenceExports } from '../helpers/reference.js';

describe('winfax.dll export names', function () {
  const exported = referenceExports();

  for (const name of Object.keys(PROTOTYPES)) {
    it(`${name} is exported by winfax.dll`, function () {
      expect(exported.has(name), `${name} missing from winfax-exports.txt`).to.equal(true);
    });
  }

  it('the prototype strings name the function they are filed under', function () {
    for (const [name, prototype] of Object.entries(PROTOTYPES)) {
      expect(prototype).to.match(new RegExp(`\\b${name}\\(`));
    }
  });

  it('the simulator-only controls are not passed off as winfax.dll functions', function () {
    for (const name of Object.keys(SIMULATOR_PROTOTYPES)) {
      expect(exported.has(name), name).to.equal(false);
      expect(Object.keys(PROTOTYPES)).not.to.include(name);
    }
  });
});

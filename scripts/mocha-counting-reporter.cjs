// Mocha's spec reporter, plus the run's counts written as JSON to $FAXBRIDGE_TEST_COUNTS, so
// scripts/test.mjs can add them to Pester's in one closing line. CommonJS: mocha require()s reporters.
'use strict';
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

class CountingSpec extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.FAXBRIDGE_TEST_COUNTS;
      if (!file) return;
      const { passes, failures, pending } = this.stats;
      writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
    });
  }
}

module.exports = CountingSpec;

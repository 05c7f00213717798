// One of several processes writing ports of the same simulated server at once (see concurrency.ts).
// Prints what it did as JSON: the writes that completed, how often another writer held the port,
// and any other error.
import { PortBeingModifiedError } from '../src/core/errors.js';
import { withSession } from '../src/core/session.js';
import { Random } from './random.js';

const [writer = '0', iterations = '50', server = 'CONTENDED'] = process.argv.slice(2);
const random = new Random(Number(writer) * 7919 + 1);
const completed: { deviceId: number; tsid: string; priority: number }[] = [];
let beingModified = 0;
const other: string[] = [];

for (let i = 0; i < Number(iterations); i += 1) {
  const deviceId = 0x10001 + random.int(3);
  const tsid = `W${writer}-${i}`;
  const priority = 1 + random.int(3);
  try {
    withSession({ server }, (s) => s.setPort({ deviceId }, { tsid, priority, rings: random.int(10) }));
    completed.push({ deviceId, tsid, priority });
  } catch (error) {
    if (error instanceof PortBeingModifiedError) beingModified += 1;
    else other.push(error instanceof Error ? error.message : String(error));
  }
}
process.stdout.write(JSON.stringify({ completed, beingModified, other }) + '\n');

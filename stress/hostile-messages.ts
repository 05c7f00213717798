// Generated malformed or hostile sidecar input, each with the answer the protocol promises.
import { MAX_LINE_BYTES } from '../src/sidecar/framing.js';
import { Random } from './random.js';

export interface HostileMessage {
  readonly kind: string;
  readonly bytes: Buffer;
  /** The JSON-RPC error code expected in answer, or null when no answer is due (a notification). */
  readonly expectedCode: number | null;
}

const METHODS = ['port.list', 'port.get', 'port.set', 'port.status', 'routing.list', 'config.get', 'config.set', 'server.connect'];

function line(text: string): Buffer {
  return Buffer.from(text + '\n', 'utf8');
}

function request(id: unknown, method: unknown, params?: unknown): string {
  return JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
}

type MessageMaker = (random: Random, id: number) => HostileMessage;

const makers: MessageMaker[] = [
  (r, id) => {
    const whole = request(id, r.pick(METHODS), { deviceId: 65537 });
    return { kind: 'truncated JSON', bytes: line(whole.slice(0, 1 + r.int(whole.length - 2))), expectedCode: -32700 };
  },
  (r) => ({ kind: 'invalid JSON', bytes: line(r.pick(['{', '}', '{"a":}', "{'single':1}", 'nul', '{"jsonrpc":"2.0",}', '[1,]', '\u0000'])), expectedCode: -32700 }),
  (r) => {
    const bad = Buffer.from(r.pick([[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0xbc], [0xed, 0xa0, 0x80]]));
    return { kind: 'invalid UTF-8', bytes: Buffer.concat([Buffer.from('{"jsonrpc":"2.0","id":1,"method":"'), bad, Buffer.from('"}\n')]), expectedCode: -32700 };
  },
  (r) => ({ kind: 'not an object', bytes: line(JSON.stringify(r.pick([42, 'text', true, null, -1.5]))), expectedCode: -32600 }),
  (_r, id) => ({ kind: 'batch', bytes: line(`[${request(id, 'handshake')}]`), expectedCode: -32600 }),
  (r, id) => ({
    kind: 'bad envelope',
    bytes: line(JSON.stringify(r.pick([
      { id, method: 'handshake' },
      { jsonrpc: '1.0', id, method: 'handshake' },
      { jsonrpc: 2, id, method: 'handshake' },
      { jsonrpc: '2.0', id: { nested: true }, method: 'handshake' },
      { jsonrpc: '2.0', id: [1], method: 'handshake' },
      { jsonrpc: '2.0', id, method: 17 },
      { jsonrpc: '2.0', id, method: 'handshake', extra: 1 },
      { jsonrpc: '2.0', id, method: 'handshake', params: 'yes' },
    ]))),
    expectedCode: -32600,
  }),
  (r, id) => ({ kind: 'unknown method', bytes: line(request(id, r.pick(['port.delete', 'rpc.discover', '__proto__', 'constructor', 'toString', '', 'PORT.LIST']))), expectedCode: -32601 }),
  (r, id) => ({
    kind: 'wrong param types',
    bytes: line(request(id, 'port.get', r.pick([
      { deviceId: '65537' }, { deviceId: true }, { deviceId: -1 }, { deviceId: 2 ** 32 }, { deviceId: 1.5 },
      { name: 5 }, { name: '' }, {}, { deviceId: 65537, name: 'x' }, { server: 12, deviceId: 65537 }, { deviceId: null },
    ]))),
    expectedCode: -32602,
  }),
  (r, id) => ({
    kind: 'huge numbers',
    bytes: line(`{"jsonrpc":"2.0","id":${id},"method":"port.get","params":{"deviceId":${r.pick(['1e400', '-1e400', '123456789012345678901234567890', '9007199254740993', '4294967296'])}}}`),
    expectedCode: -32602,
  }),
  (r, id) => {
    const depth = 1000 + r.int(50_000);
    return {
      kind: 'deep nesting',
      bytes: line(`{"jsonrpc":"2.0","id":${id},"method":"port.list","params":{"server":${'['.repeat(depth)}${']'.repeat(depth)}}}`),
      expectedCode: -32602,
    };
  },
  (r, id) => ({
    kind: 'unknown params',
    bytes: line(request(id, 'port.set', r.pick([
      { deviceId: 65537, change: { ringz: 3 } }, { deviceId: 65537, change: { rings: '3' } }, { deviceId: 65537, change: 'all' },
      { deviceId: 65537 }, { deviceId: 65537, change: { __proto__: { rings: 1 } }, admin: true },
    ]))),
    expectedCode: -32602,
  }),
  (r, id) => ({
    kind: 'rejected values',
    bytes: line(request(id, 'port.set', { deviceId: 65537, change: r.pick([{ rings: 100 }, { tsid: 'x'.repeat(21) }, { csid: 'é' }, { priority: 0 }, { rings: -3 }, {}]) })),
    expectedCode: -32001,
  }),
  (r) => ({ kind: 'notification', bytes: line(JSON.stringify({ jsonrpc: '2.0', method: r.pick(['handshake', 'port.nope']) })), expectedCode: null }),
];

export function oversizedLine(): HostileMessage {
  return { kind: 'oversized line', bytes: Buffer.concat([Buffer.alloc(MAX_LINE_BYTES + 10, 0x61), Buffer.from('\n')]), expectedCode: -32600 };
}

export function* hostileMessages(count: number, seed: number): Generator<HostileMessage> {
  const random = new Random(seed);
  for (let i = 0; i < count; i += 1) {
    // Oversized lines are a megabyte each: a few of them prove the bound without dominating the run.
    if (i % 2500 === 1249) yield oversizedLine();
    else yield random.pick(makers)(random, 100_000 + i);
  }
}

import { expect } from 'chai';
import { LineSplitter } from '../../src/sidecar/framing.js';

describe('sidecar framing: lines of bounded length', function () {
  it('splits lines across and within chunks, dropping blank lines and a trailing CR', function () {
    const splitter = new LineSplitter();
    const frames = [...splitter.push(Buffer.from('{"a":1}\r\n\n{"b"')), ...splitter.push(Buffer.from(':2}\n{"c":3}'))];
    expect(frames).to.deep.equal([{ kind: 'line', text: '{"a":1}' }, { kind: 'line', text: '{"b":2}' }]);
    expect(splitter.end()).to.deep.equal([{ kind: 'line', text: '{"c":3}' }]);
  });

  it('keeps a multi-byte character that is split between chunks', function () {
    const bytes = Buffer.from('"Línea"\n');
    const splitter = new LineSplitter();
    expect([...splitter.push(bytes.subarray(0, 3)), ...splitter.push(bytes.subarray(3))]).to.deep.equal([{ kind: 'line', text: '"Línea"' }]);
  });

  it('reports invalid UTF-8 as such', function () {
    expect(new LineSplitter().push(Buffer.from([0x22, 0xc3, 0x28, 0x22, 0x0a]))).to.deep.equal([{ kind: 'invalid-utf8' }]);
  });

  it('drops an oversized line up to its newline and goes on with the next', function () {
    const splitter = new LineSplitter(10);
    const frames = [...splitter.push(Buffer.from('0123456789ABC')), ...splitter.push(Buffer.from('DEF\n{"ok":1}\n'))];
    expect(frames).to.deep.equal([{ kind: 'oversized', bytes: 16 }, { kind: 'line', text: '{"ok":1}' }]);
  });

  it('accepts a line of exactly the limit', function () {
    expect(new LineSplitter(4).push(Buffer.from('1234\n'))).to.deep.equal([{ kind: 'line', text: '1234' }]);
  });
});

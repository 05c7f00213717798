// Documents a user might write wrongly: each refusal names the JSON path and the line and column.
import { expect } from 'chai';
import { ConfigurationDocumentError, type DocumentIssue } from '../../src/config/errors.js';
import { checkConfiguration, parseConfiguration } from '../../src/config/parse.js';
import { runAsPackageUser } from '../helpers/package-user.js';

function issuesOf(text: string): DocumentIssue[] {
  try {
    parseConfiguration(text, 'fleet.json');
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigurationDocumentError);
    return [...(error as ConfigurationDocumentError).issues];
  }
  throw new Error('expected the document to be refused');
}

/** A one-server document, one property a line, so the expected lines are easy to read off. */
function document(port: string, extra = ''): string {
  return [
    '{', //                                                    1
    '  "schemaVersion": 1,', //                                2
    '  "servers": [', //                                       3
    '    {', //                                                4
    '      "name": "FAXSRV02",', //                            5
    `      "configuration": { "retries": 3 ${extra}},`, //    6
    '      "ports": [', //                                     7
    `        ${port}`, //                                      8
    '      ]', //                                              9
    '    }', //                                                10
    '  ]', //                                                  11
    '}', //                                                    12
  ].join('\n');
}

describe('config: parsing and checking a document', function () {
  it('accepts a well-formed document and keeps its values', function () {
    const parsed = parseConfiguration(document('{ "name": "Brooktrout*", "rings": 2, "tsid": "{Server} {DeviceName}", "routingMethods": [{ "guid": "{92041A90-9AF2-11D0-ABF7-00C04FD91A4E}" }] }'));
    expect(parsed.servers?.[0]?.ports?.[0]).to.deep.include({ name: 'Brooktrout*', rings: 2 });
  });

  it('refuses text that is not JSON, at the line and column of the fault', function () {
    expect(issuesOf(document('{ "name": "Line 1", "rings": 2, }'))).to.deep.equal([
      { path: '$', line: 8, column: 41, message: 'not valid JSON: a property name in double quotes was expected' },
    ]);
    expect(issuesOf('{ "schemaVersion": 1, // a comment\n "servers": [] }')[0]).to.include({ line: 1, column: 23, message: 'not valid JSON: comments are not allowed in JSON' });
    expect(issuesOf('')[0]).to.include({ path: '$', line: 1 });
  });

  it('refuses a value of the wrong type at its path and line', function () {
    expect(issuesOf(document('{ "name": "Line 1", "rings": "4", "sendEnabled": "yes" }'))).to.deep.equal([
      { path: '$.servers[0].ports[0].rings', line: 8, column: 38, message: 'expected a whole number, got the string "4"' },
      { path: '$.servers[0].ports[0].sendEnabled', line: 8, column: 58, message: 'expected true or false, got the string "yes"' },
    ]);
    expect(issuesOf(document('{ "name": "Line 1", "rings": 2.5 }'))[0]).to.include({ path: '$.servers[0].ports[0].rings', message: 'expected a whole number, got number 2.5' });
  });

  it('refuses an unknown property at its name, saying which are known', function () {
    const [issue] = issuesOf(document('{ "name": "Line 1", "ringz": 4 }'));
    expect(issue).to.include({ path: '$.servers[0].ports[0].ringz', line: 8, column: 29 });
    expect(issue?.message).to.match(/^unknown property "ringz"; expected one of name, deviceId, sendEnabled, receiveEnabled, rings, priority/);
    expect(issuesOf(document('{ "name": "Line 1" }', ', "retrys": 4 '))[0]).to.include({ path: '$.servers[0].configuration.retrys', line: 6 });
  });

  it('refuses values out of range, by the schema and by the core\'s rules alike', function () {
    expect(issuesOf(document('{ "name": "Line 1", "rings": 100, "priority": 0 }'))).to.deep.equal([
      { path: '$.servers[0].ports[0].rings', line: 8, column: 38, message: '100 is out of range; it must be 0 to 99' },
      { path: '$.servers[0].ports[0].priority', line: 8, column: 55, message: '0 is out of range; it must be at least 1' },
    ]);
    expect(issuesOf(document('{ "name": "Line 1" }', ', "startCheapTime": "25:00" '))[0]).to.include({
      path: '$.servers[0].configuration.startCheapTime', line: 6, message: '"25:00" is not a time of day as HH:MM (00:00 to 23:59)',
    });
    expect(issuesOf(document('{ "name": "Line 1", "csid": "+44 20 7946 0001 ext 12" }'))[0]).to.include({
      path: '$.servers[0].ports[0].csid', line: 8, message: '"+44 20 7946 0001 ext 12" is 23 characters long; at most 20 are allowed',
    });
    expect(issuesOf(document('{ "name": "Line 1", "tsid": "Caf\u00e9" }'))[0]).to.include({ path: '$.servers[0].ports[0].tsid', message: '"Café" is not printable 7-bit ASCII (space to ~)' });
  });

  it('refuses a malformed routing GUID and one listed twice', function () {
    expect(issuesOf(document('{ "name": "Line 1", "routingMethods": [{ "guid": "store-in-folder" }] }'))[0]).to.include({
      path: '$.servers[0].ports[0].routingMethods[0].guid', line: 8, message: '"store-in-folder" is not a GUID such as {92041a90-9af2-11d0-abf7-00c04fd91a4e}',
    });
    const twice = '{ "name": "Line 1", "routingMethods": [{ "guid": "92041a90-9af2-11d0-abf7-00c04fd91a4e" }, { "guid": "{92041A90-9AF2-11D0-ABF7-00C04FD91A4E}" }] }';
    expect(issuesOf(document(twice))[0]).to.include({ path: '$.servers[0].ports[0].routingMethods[1].guid', message: 'the routing method {92041a90-9af2-11d0-abf7-00c04fd91a4e} is already listed at routingMethods[0]' });
  });

  it('refuses priorities that are not distinct before any server is read', function () {
    const ports = '{ "name": "Line 1", "priority": 1 }, { "name": "Line 2", "priority": 2 }, { "name": "Line 3", "priority": 1 }';
    expect(issuesOf(document(ports))).to.deep.equal([{
      path: '$.servers[0].ports[2].priority', line: 8, column: 115,
      message: 'priority 1 is already given to the port at ports[0]; the priorities on a server must be distinct (a permutation)',
    }]);
  });

  it('refuses an unknown placeholder, which would otherwise be sent as text', function () {
    expect(issuesOf(document('{ "name": "*", "tsid": "{Sever} fax" }'))[0]).to.include({
      path: '$.servers[0].ports[0].tsid', message: 'unknown placeholder {Sever}; the placeholders are {Server} and {DeviceName}',
    });
  });

  it('refuses a document with both servers and a template, or neither, or of another version', function () {
    expect(issuesOf('{ "schemaVersion": 1, "servers": [{ "name": "A" }], "template": {} }')).to.deep.equal([
      { path: '$', line: 1, column: 1, message: 'give either "servers" (each server named) or "template" (applied to the servers you name), not both' },
    ]);
    expect(issuesOf('{ "schemaVersion": 1 }')[0]?.message).to.match(/either "servers"/);
    expect(issuesOf('{\n  "schemaVersion": 2,\n  "template": {}\n}')).to.deep.equal([{ path: '$.schemaVersion', line: 2, column: 20, message: 'must be 1, got 2' }]);
    expect(issuesOf('{ "template": {} }')[0]).to.include({ path: '$', message: 'the property "schemaVersion" is required' });
  });

  it('refuses a property given twice and a server described twice', function () {
    expect(issuesOf(document('{ "name": "Line 1", "rings": 2, "rings": 3 }'))).to.deep.equal([
      { path: '$.servers[0].ports[0].rings', line: 8, column: 41, message: 'the property "rings" is given twice' },
    ]);
    expect(issuesOf('{ "schemaVersion": 1, "servers": [{ "name": "localhost" }, { "name": "." }] }')[0]).to.include({
      path: '$.servers[1].name', message: 'the server "." is already described at $.servers[0]',
    });
  });

  it('reports every problem at once, each where it is', function () {
    const issues = issuesOf(document('{ "name": "Line 1", "rings": -1 }, { "name": "", "tsid": 5 }, { "rings": 2 }'));
    expect(issues.map((i) => i.path)).to.deep.equal([
      '$.servers[0].ports[0].rings', '$.servers[0].ports[1].name', '$.servers[0].ports[1].tsid', '$.servers[0].ports[2]',
    ]);
    expect(issues[3]).to.include({ message: 'the property "name" is required', line: 8 });
  });

  it('checks a document given as a value the same way (-InputObject)', function () {
    expect(checkConfiguration({ schemaVersion: 1, template: { ports: [{ name: '*', rings: 3 }] } }).template?.ports?.[0]?.rings).to.equal(3);
    expect(() => checkConfiguration({ schemaVersion: 1, template: { ports: [{ name: '*', rings: 300 }] } }, 'the input object')).to.throw(
      ConfigurationDocumentError, /the input object:\d+:\d+ \$\.template\.ports\[0\]\.rings: 300 is out of range/);
  });

  it('is exported as faxbridge/config, and finds its schema from there', function () {
    const script =
      "const m = await import('faxbridge/config');" +
      "try { m.parseConfiguration('{ \"schemaVersion\": 1, \"template\": { \"ports\": [{ \"name\": \"*\", \"rings\": 100 }] } }', 'fleet.json'); }" +
      "catch (e) { console.log(JSON.stringify(e.issues)); }";
    const printed = runAsPackageUser(script);
    expect(JSON.parse(printed)).to.deep.equal([{ path: '$.template.ports[0].rings', line: 1, column: 71, message: '100 is out of range; it must be 0 to 99' }]);
  });
});

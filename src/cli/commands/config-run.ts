// The config commands' work, loaded only when one runs: the document's parser and schema
// checker (jsonc-parser, ajv) would otherwise cost every faxbridge command ~130 ms at start.
// Each server is read in its own session; one that fails is reported and never stops the others.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withBackend } from '../../backends/index.js';
import { LOCAL_SERVER } from '../../core/server-name.js';
import { parseConfiguration } from '../../config/parse.js';
import { serversToCompare } from '../../config/compare.js';
import type { ConfigurationDocument } from '../../config/document.js';
import { compareFleet, exportFleet, importFleet, type ServerReport, type SessionOpener } from '../../config/fleet.js';
import { showValue } from '../../config/plan.js';
import { backendOptions, type FaxServerOptions } from '../options.js';
import { EXIT_FAILURE, EXIT_OK, errorDetail, printJson, printText, setExitCode } from '../output.js';
import { UsageError } from '../errors.js';
import { type Column, renderTable } from '../table.js';

interface ConfigArguments extends FaxServerOptions {
  readonly server: string | undefined;
}
export interface ExportArguments extends ConfigArguments {
  readonly output: string | undefined;
}
export interface DiffArguments extends ConfigArguments {
  readonly file: string;
}
export interface ApplyArguments extends DiffArguments {
  readonly dryRun: boolean;
}

/** `config diff`: the server differs from the document (or lacks a port it names, or refuses a value in it). */
export const EXIT_DRIFTED = 3;

/** --server a,b as a list; absent, none. */
function requestedServers(option: string | undefined): string[] {
  if (option === undefined) return [];
  const names = option.split(',').map((name) => name.trim());
  if (names.some((name) => name === '')) throw new UsageError(`--server names an empty server: '${option}'`);
  return names;
}

function opener(argv: FaxServerOptions): SessionOpener {
  return (server, use) => withBackend({ ...backendOptions(argv), server }, (session) => use(session));
}

function readDocument(file: string): ConfigurationDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot read the configuration document ${file}: ${reason}`);
  }
  return parseConfiguration(text, file);
}

function serversOf(document: ConfigurationDocument, option: string | undefined): string[] {
  try {
    return serversToCompare(document, requestedServers(option));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? `${error.message} (--server a,b)` : String(error));
  }
}

/** The file written whole or not at all: a failure part-way leaves the old file as it was. */
function writeWhole(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new Error(`Cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface DriftRow {
  readonly server: string;
  readonly scope: string;
  readonly port: string;
  readonly property: string;
  readonly expected: string;
  readonly actual: string;
}

const DRIFT_COLUMNS: readonly Column<DriftRow>[] = [
  { header: 'SERVER', value: (r) => r.server },
  { header: 'SCOPE', value: (r) => r.scope },
  { header: 'PORT', value: (r) => r.port },
  { header: 'PROPERTY', value: (r) => r.property },
  { header: 'EXPECTED', value: (r) => r.expected },
  { header: 'ACTUAL', value: (r) => r.actual },
];

function driftRows(reports: readonly ServerReport[]): DriftRow[] {
  return reports.flatMap((report) => [
    ...report.differences.map((d) => ({ server: d.server, scope: d.scope, port: d.port ?? '', property: d.property, expected: showValue(d.expected), actual: showValue(d.actual) })),
    ...report.missingPorts.map((m) => ({ server: m.server, scope: 'Port', port: m.port, property: '(port)', expected: 'present', actual: 'missing' })),
  ]);
}

/** What cannot be written (problems), what is missing, and servers that failed: to stderr, one line each. */
function reportTrouble(reports: readonly ServerReport[], file: string, asJson: boolean): boolean {
  let trouble = false;
  for (const report of reports) {
    if (report.error !== null) {
      trouble = true;
      if (!asJson) process.stderr.write(`faxbridge: ${report.server}: ${errorDetail(report.error).message}\n`);
    }
    for (const problem of report.problems) {
      trouble = true;
      if (!asJson) process.stderr.write(`faxbridge: ${report.server}: ${file} ${problem.path}: ${problem.message}; nothing was written to ${report.server}\n`);
    }
  }
  return trouble;
}

function jsonReports(reports: readonly ServerReport[]): unknown[] {
  return reports.map((report) => ({
    ...report,
    error: report.error === null ? null : errorDetail(report.error),
    results: report.results.map((result) => ({ ...result, error: result.error === null ? null : errorDetail(result.error) })),
  }));
}

function applyText(reports: readonly ServerReport[], dryRun: boolean): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.error !== null || report.problems.length > 0) continue;
    if (dryRun) {
      if (report.writes.length === 0) lines.push(`${report.server}: in line; nothing to change`);
      for (const write of report.writes) lines.push(`Would: ${write.description}`);
      continue;
    }
    if (report.results.length === 0) lines.push(`${report.server}: in line; no change made`);
    for (const result of report.results) {
      const why = result.status === 'Failed' ? `: ${errorDetail(result.error).message}` : result.reason ? ` (${result.reason})` : '';
      lines.push(`${result.status}: ${result.description}${why}`);
    }
  }
  return lines.join('\n');
}

export async function exportConfiguration(argv: ExportArguments): Promise<void> {
  const servers = requestedServers(argv.server);
  const { document, failures } = await exportFleet(servers.length > 0 ? servers : [LOCAL_SERVER], opener(argv));
  for (const failure of failures) process.stderr.write(`faxbridge: ${failure.server}: ${errorDetail(failure.error).message}; it is not in the document\n`);
  const text = JSON.stringify(document, null, 2) + '\n';
  if (argv.output === undefined) process.stdout.write(text);
  else {
    writeWhole(argv.output, text);
    if (!argv.json) printText(`Wrote the configuration of ${(document.servers ?? []).map((s) => s.name).join(', ') || 'no server'} to ${argv.output}`);
  }
  if (failures.length > 0) setExitCode(EXIT_FAILURE);
}

export async function diffConfiguration(argv: DiffArguments): Promise<void> {
  const document = readDocument(argv.file);
  const reports = await compareFleet(document, serversOf(document, argv.server), opener(argv));
  const trouble = reportTrouble(reports, argv.file, argv.json);
  const rows = driftRows(reports);
  if (argv.json) printJson(jsonReports(reports));
  else if (rows.length > 0) printText(renderTable(rows, DRIFT_COLUMNS));
  for (const report of reports) if (!argv.json && report.inLine) printText(`${report.server}: in line with ${argv.file}`);
  setExitCode(reports.some((r) => r.error !== null) ? EXIT_FAILURE : trouble || reports.some((r) => !r.inLine) ? EXIT_DRIFTED : EXIT_OK);
}

export async function applyConfiguration(argv: ApplyArguments): Promise<void> {
  const document = readDocument(argv.file);
  const servers = serversOf(document, argv.server);
  const reports = argv.dryRun ? await compareFleet(document, servers, opener(argv)) : await importFleet(document, servers, opener(argv));
  let failed = reportTrouble(reports, argv.file, argv.json);
  for (const report of reports) {
    for (const missing of report.missingPorts) {
      failed = true;
      if (!argv.json) process.stderr.write(`faxbridge: ${report.server} has no port '${missing.port}' (${argv.file} ${missing.path}); the rest was applied\n`);
    }
    if (report.results.some((r) => r.status === 'Failed' || r.status === 'NotRun')) failed = true;
  }
  if (argv.json) printJson(jsonReports(reports));
  else {
    const text = applyText(reports, argv.dryRun);
    if (text !== '') printText(text);
  }
  setExitCode(failed ? EXIT_FAILURE : EXIT_OK);
}

// The targets from the README, checked against the figures, and the printed table: every
// target's figure beside its floor (median, min – max), the ratio and the limit.
//
// A new target is one row of TARGETS: the figure, the floor it is measured against (each a key
// of results.json, with the size for per-N figures), and the limit of their ratio, or `absolute`
// for a figure with a limit of its own (memory). A row whose figures the run did not take is
// left out of the table (a bench run without pwsh, say).

export interface Target {
  readonly name: string;
  readonly measured: number;
  readonly limit: number;
  readonly met: boolean;
  readonly figure: string;
  readonly floor?: string;
}

type Results = Record<string, unknown>;

/** `key` or `key[n]`. */
type FigureRef = readonly [key: string, n?: string];

interface TargetSpec {
  readonly name: string;
  readonly figure: FigureRef;
  readonly floor?: FigureRef;
  readonly limit: number;
}

const PER_SIZE_PWSH = ['10', '100', '1000', '10000'];
const TIGHT_PWSH = ['100', '1000', '10000'];

export const TARGETS: readonly TargetSpec[] = [
  // Issue 12: the cold path.
  { name: 'new pwsh: import + first Get-FaxPort (repository) / import of an empty module', figure: ['pwsh_cold_first_list_ms'], floor: ['pwsh_cold_empty_module_ms'], limit: 1.3 },
  { name: 'new pwsh: import + first Get-FaxPort (installed package) / import of an empty module', figure: ['pwsh_cold_first_list_package_ms'], floor: ['pwsh_cold_empty_module_ms'], limit: 1.3 },
  { name: 'Import-Module in a warm pwsh (repository) / the empty module', figure: ['pwsh_import_ms'], floor: ['pwsh_import_empty_module_ms'], limit: 1.5 },
  { name: 'Import-Module in a warm pwsh (installed package) / the empty module', figure: ['pwsh_import_package_ms'], floor: ['pwsh_import_empty_module_ms'], limit: 1.5 },
  { name: 'faxbridge port list / node -e 0', figure: ['cli_cold_list_ms'], floor: ['node_floor_ms'], limit: 1.6 },
  { name: 'faxbridge port list --json / node -e 0', figure: ['cli_cold_list_json_ms'], floor: ['node_floor_ms'], limit: 1.6 },
  { name: 'sidecar cold start / node -e 0', figure: ['sidecar_cold_ms'], floor: ['node_floor_ms'], limit: 1.25 },
  { name: 'warm Get-FaxPort -DeviceId / cmdlet floor', figure: ['pwsh_get_port_ms'], floor: ['pwsh_cmdlet_floor_ms'], limit: 1.5 },
  { name: 'warm Get-FaxPort -DeviceId / pwsh pipe floor', figure: ['pwsh_get_port_ms'], floor: ['pwsh_ipc_floor_ms'], limit: 2 },
  ...TIGHT_PWSH.map((n) => ({ name: `pwsh listing / floor with pstypenames, ${n} ports`, figure: ['pwsh_list_ms', n] as const, floor: ['pwsh_floor_pstypenames_ms', n] as const, limit: 1.2 })),
  ...PER_SIZE_PWSH.map((n) => ({ name: `pwsh listing / floor with PSObject.TypeNames, ${n} ports`, figure: ['pwsh_list_ms', n] as const, floor: ['pwsh_floor_ms', n] as const, limit: 1.5 })),
  { name: 'sidecar listing / in-process listing, 1000 ports', figure: ['sidecar_list_ms', '1000'], floor: ['inproc_list_ms', '1000'], limit: 2 },
  { name: 'in-process listing 10000 / 1000 ports', figure: ['inproc_list_ms', '10000'], floor: ['inproc_list_ms', '1000'], limit: 12 },
  { name: 'in-process job listing 10000 / 1000 jobs', figure: ['inproc_jobs_ms', '10000'], floor: ['inproc_jobs_ms', '1000'], limit: 12 },
  { name: 'sidecar listing 10000 / 1000 ports', figure: ['sidecar_list_ms', '10000'], floor: ['sidecar_list_ms', '1000'], limit: 12 },
  // Issue 13: the job queue, with the ports' targets.
  ...TIGHT_PWSH.map((n) => ({ name: `sidecar job listing / in-process, ${n} jobs`, figure: ['sidecar_jobs_ms', n] as const, floor: ['inproc_jobs_ms', n] as const, limit: 2 })),
  ...TIGHT_PWSH.map((n) => ({ name: `pwsh Get-FaxJob / floor with pstypenames, ${n} jobs`, figure: ['pwsh_jobs_ms', n] as const, floor: ['pwsh_jobs_floor_ms', n] as const, limit: 1.2 })),
  // Issue 14: a document's import is no slower than the same reads and writes by hand.
  { name: 'Import-FaxConfiguration no-op / Get-FaxPort|Set-FaxPort loop, 10 x 100 ports', figure: ['pwsh_import_noop_ms'], floor: ['pwsh_noop_loop_ms'], limit: 1 },
  { name: 'Import-FaxConfiguration 1,000 changes / Get-FaxPort|Set-FaxPort loop', figure: ['pwsh_import_changes_ms'], floor: ['pwsh_import_loop_ms'], limit: 1 },
  { name: 'sidecar idle RSS (MB)', figure: ['sidecar_rss_mb', 'idle'], limit: 50 },
];

function label([key, n]: FigureRef): string {
  return n === undefined ? key : `${key}[${n}]`;
}

/** The figure's median, min and max, or undefined when the run did not take it. */
function lookup(results: Results, [key, n]: FigureRef, suffix = ''): number | undefined {
  const entry = results[`${key}${suffix}`];
  const raw = n === undefined ? entry : (entry as Record<string, unknown> | undefined)?.[n];
  return typeof raw === 'number' ? raw : undefined;
}

export function checkTargets(results: Results): Target[] {
  const targets: Target[] = [];
  for (const spec of TARGETS) {
    const figure = lookup(results, spec.figure);
    if (figure === undefined) continue;
    if (!spec.floor) {
      targets.push({ name: spec.name, measured: figure, limit: spec.limit, met: figure <= spec.limit, figure: label(spec.figure) });
      continue;
    }
    const floor = lookup(results, spec.floor);
    if (floor === undefined) continue;
    const measured = Math.round((figure / floor) * 100) / 100;
    targets.push({ name: spec.name, measured, limit: spec.limit, met: measured <= spec.limit, figure: label(spec.figure), floor: label(spec.floor) });
  }
  return targets;
}

function spread(results: Results, ref: FigureRef): string {
  return `${fmt(lookup(results, ref))} (${fmt(lookup(results, ref, '_min'))} – ${fmt(lookup(results, ref, '_max'))})`;
}

function parseRef(text: string): FigureRef {
  const match = /^([^[]+)(?:\[([^\]]+)\])?$/.exec(text);
  return match?.[2] === undefined ? [match?.[1] ?? text] : [match[1] as string, match[2]];
}

export function renderReport(results: Results, targets: readonly Target[]): string {
  const rows: [string, string][] = [];
  for (const [key, entry] of Object.entries(results)) {
    if (key.endsWith('_min') || key.endsWith('_max') || key === 'targets') continue;
    if (typeof entry === 'number') {
      rows.push([key, spread(results, [key])]);
    } else if (entry && typeof entry === 'object') {
      for (const n of Object.keys(entry as Record<string, number>)) rows.push([`${key}[${n}]`, spread(results, [key, n])]);
    }
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  const figures = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
  const tWidth = Math.max(...targets.map((t) => t.name.length));
  const checks = targets
    .map((t) => {
      const beside = t.floor
        ? `${t.figure} ${spread(results, parseRef(t.figure))} vs ${t.floor} ${spread(results, parseRef(t.floor))}`
        : `${t.figure} ${spread(results, parseRef(t.figure))}`;
      return `${t.met ? 'met   ' : 'MISSED'}  ${t.name.padEnd(tWidth)}  ${String(t.measured).padStart(6)} ≤ ${String(t.limit).padEnd(4)}  ${beside}`;
    })
    .join('\n');
  return `figure (median, min – max, ms unless named)\n${figures}\n\ntargets (ratio ≤ limit; figure vs floor, median (min – max))\n${checks}`;
}

function fmt(n: number | undefined): string {
  return n === undefined ? '?' : n.toFixed(2);
}

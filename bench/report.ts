// The targets from the README, checked against the figures, and the printed table.

export interface Target {
  readonly name: string;
  readonly measured: number;
  readonly limit: number;
  readonly met: boolean;
}

type Results = Record<string, unknown>;

function value(results: Results, key: string, n?: string): number {
  const entry = results[key];
  const raw = n === undefined ? entry : (entry as Record<string, unknown> | undefined)?.[n];
  if (typeof raw !== 'number') throw new Error(`missing figure ${key}${n ? `[${n}]` : ''}`);
  return raw;
}

function ratio(name: string, numerator: number, denominator: number, limit: number): Target {
  const measured = Math.round((numerator / denominator) * 100) / 100;
  return { name, measured, limit, met: measured <= limit };
}

export function checkTargets(results: Results): Target[] {
  const targets = [
    ratio('sidecar cold start / bare node start', value(results, 'sidecar_cold_ms'), value(results, 'node_floor_ms'), 1.5),
    ratio('sidecar listing / in-process listing, 1000 ports', value(results, 'sidecar_list_ms', '1000'), value(results, 'inproc_list_ms', '1000'), 3),
    ratio('in-process listing 10000 / 1000 ports', value(results, 'inproc_list_ms', '10000'), value(results, 'inproc_list_ms', '1000'), 12),
    ratio('in-process job listing 10000 / 1000 jobs', value(results, 'inproc_jobs_ms', '10000'), value(results, 'inproc_jobs_ms', '1000'), 12),
    ratio('sidecar listing 10000 / 1000 ports', value(results, 'sidecar_list_ms', '10000'), value(results, 'sidecar_list_ms', '1000'), 12),
  ];
  if (typeof results['pwsh_get_port_ms'] === 'number') {
    targets.push(ratio('warm pwsh Get-FaxPort / pwsh pipe floor', value(results, 'pwsh_get_port_ms'), value(results, 'pwsh_ipc_floor_ms'), 2));
    for (const n of Object.keys((results['pwsh_list_ms'] as Record<string, number>) ?? {})) {
      targets.push(ratio(`pwsh listing / pwsh floor, ${n} ports`, value(results, 'pwsh_list_ms', n), value(results, 'pwsh_floor_ms', n), 1.5));
    }
  }
  for (const n of Object.keys((results['sidecar_jobs_ms'] as Record<string, number>) ?? {})) {
    targets.push(ratio(`sidecar job listing / in-process, ${n} jobs`, value(results, 'sidecar_jobs_ms', n), value(results, 'inproc_jobs_ms', n), 2));
    targets.push(ratio(`pwsh Get-FaxJob / pwsh floor with pstypenames, ${n} jobs`, value(results, 'pwsh_jobs_ms', n), value(results, 'pwsh_jobs_floor_ms', n), 1.2));
  }
  if (typeof results['pwsh_import_ms'] === 'number') {
    targets.push(ratio('pwsh Import-FaxConfiguration no-op / Get-FaxPort|Set-FaxPort loop, 10 x 100 ports', value(results, 'pwsh_import_noop_ms'), value(results, 'pwsh_noop_loop_ms'), 1));
    targets.push(ratio('pwsh Import-FaxConfiguration 1,000 changes / Get-FaxPort|Set-FaxPort loop', value(results, 'pwsh_import_ms'), value(results, 'pwsh_import_loop_ms'), 1));
  }
  const idle = (results['sidecar_rss_mb'] as Record<string, number> | undefined)?.['idle'];
  if (typeof idle === 'number') targets.push({ name: 'sidecar idle RSS (MB)', measured: idle, limit: 60, met: idle <= 60 });
  return targets;
}

export function renderReport(results: Results, targets: readonly Target[]): string {
  const rows: [string, string][] = [];
  for (const [key, entry] of Object.entries(results)) {
    if (key.endsWith('_min') || key.endsWith('_max') || key === 'targets') continue;
    if (typeof entry === 'number') {
      rows.push([key, `${entry.toFixed(2)}  (${fmt(results[`${key}_min`])} – ${fmt(results[`${key}_max`])})`]);
    } else if (entry && typeof entry === 'object') {
      for (const [n, v] of Object.entries(entry as Record<string, number>)) {
        const min = (results[`${key}_min`] as Record<string, number> | undefined)?.[n];
        const max = (results[`${key}_max`] as Record<string, number> | undefined)?.[n];
        rows.push([`${key}[${n}]`, `${v.toFixed(2)}  (${fmt(min)} – ${fmt(max)})`]);
      }
    }
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  const figures = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
  const tWidth = Math.max(...targets.map((t) => t.name.length));
  const checks = targets.map((t) => `${t.met ? 'met   ' : 'MISSED'}  ${t.name.padEnd(tWidth)}  ${t.measured} ≤ ${t.limit}`).join('\n');
  return `figure (median, min – max)\n${figures}\n\ntargets\n${checks}${information(results)}`;
}

/** Ratios worth seeing that no target is set on: the PowerShell listings against the floor
 * that inserts the type name through pstypenames. */
function information(results: Results): string {
  const tight = results['pwsh_floor_pstypenames_ms'] as Record<string, number> | undefined;
  if (!tight) return '';
  const lines = Object.keys(tight).map((n) => {
    const r = ratio('', value(results, 'pwsh_list_ms', n), value(results, 'pwsh_floor_pstypenames_ms', n), 0);
    return `        pwsh listing / pwsh floor with pstypenames, ${n} ports  ${r.measured}`;
  });
  return `\n\nfor information (no target)\n${lines.join('\n')}`;
}

function fmt(n: unknown): string {
  return typeof n === 'number' ? n.toFixed(2) : '?';
}

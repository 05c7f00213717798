// Priorities under the service's renumbering. Setting one port's priority moves it and shifts
// every port between its old and new place by one, so 1..n stays a permutation (the simulator's
// renumber() in simulator/src/winfax_sim.c does what the service does). Setting the ports in the
// order of their final priorities, 1 first, reaches any order: once 1..k-1 hold their ports, the
// port wanted at k sits at k or after it, so moving it up shifts only ports not yet placed.

export interface PriorityMove<K> {
  readonly key: K;
  readonly from: number;
  readonly to: number;
}

/** The service's rule, on a copy: `key` goes to `wanted`, the ports in between shift by one. */
export function renumber<K>(priorities: ReadonlyMap<K, number>, key: K, wanted: number): Map<K, number> {
  const old = priorities.get(key);
  if (old === undefined) throw new Error(`no port ${String(key)} to renumber`);
  const next = new Map<K, number>();
  for (const [other, priority] of priorities) {
    let moved = priority;
    if (other === key) moved = wanted;
    else if (wanted < old && priority >= wanted && priority < old) moved = priority + 1;
    else if (wanted > old && priority > old && priority <= wanted) moved = priority - 1;
    next.set(other, moved);
  }
  return next;
}

/**
 * The whole order the targets ask for: the ports given a priority have it, and the others fill
 * the places left in the order they are in now (the service will have moved them; nothing else).
 */
export function finalOrder<K>(current: ReadonlyMap<K, number>, targets: ReadonlyMap<K, number>): Map<K, number> {
  const count = current.size;
  const used = new Set<number>();
  for (const [key, priority] of targets) {
    if (!current.has(key)) throw new Error(`no port ${String(key)} to give priority ${priority}`);
    if (!Number.isInteger(priority) || priority < 1 || priority > count) throw new RangeError(`priority ${priority} is out of range; it must be 1 to ${count}`);
    if (used.has(priority)) throw new RangeError(`priority ${priority} is given to two ports; the priorities must be distinct`);
    used.add(priority);
  }
  const free = Array.from({ length: count }, (_, i) => i + 1).filter((p) => !used.has(p));
  const rest = [...current].filter(([key]) => !targets.has(key)).sort((a, b) => a[1] - b[1]);
  const order = new Map(targets);
  rest.forEach(([key], index) => order.set(key, free[index] ?? 0));
  return order;
}

/** The writes, in order, that take `current` to `final` under renumbering; none when it is already there. */
export function priorityMoves<K>(current: ReadonlyMap<K, number>, final: ReadonlyMap<K, number>): PriorityMove<K>[] {
  const moves: PriorityMove<K>[] = [];
  let state = new Map(current);
  const byFinal = [...final].sort((a, b) => a[1] - b[1]);
  for (const [key, to] of byFinal) {
    const from = state.get(key);
    if (from === undefined || from === to) continue;
    moves.push({ key, from, to });
    state = renumber(state, key, to);
  }
  return moves;
}

/** The parts of a V8 CPU profile (Chrome DevTools protocol, `Profiler.stop`) that the breakdown reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Samples that are not the page's code at work. */
const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

/**
 * Milliseconds of busy time and, for each function, the time spent inside it (its callees included, a sample counted
 * once however deep the recursion), largest first.
 */
export function inclusiveTimes(profile: CpuProfile): { busyMs: number; byFunction: [string, number][] } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((sample, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(sample);
    if (!leaf || IDLE.has(leaf.callFrame.functionName)) return;
    busyMs += ms;
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)?.callFrame.functionName || '(anonymous)';
      if (seen.has(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + ms);
    }
  });
  return { busyMs, byFunction: [...totals].sort((a, b) => b[1] - a[1]) };
}

/** Parts of a click's work, each the time inside the first function (by name) of its list. */
const PARTS: Record<string, RegExp> = {
  'drawing (frames)': /^renderFn$/,
  arrowheads: /\.drawArrowheads$/,
  'bounding boxes': /\.boundingBox$/,
  'style before drawing': /^updateEleCalcs$/,
  'hit tests': /\.findNearestElements$/,
  "viewer's tap handling": /^onNodeTap$/,
  'details shown': /^renderEntityDetails$/,
};

/** Busy time and the time in each part of `PARTS` (from a build that keeps function names), in ms. */
export function breakdown(profile: CpuProfile): Record<string, number> {
  const { busyMs, byFunction } = inclusiveTimes(profile);
  const parts: Record<string, number> = { busy: busyMs };
  for (const [part, name] of Object.entries(PARTS))
    parts[part] = byFunction.filter(([fn]) => name.test(fn)).reduce((sum, [, ms]) => sum + ms, 0);
  return parts;
}

// A bound on work rather than on wall-clock time alone: how many times longer
// a pathological input takes than a benign one of the same size, measured in
// the same test (best of a few interleaved runs each), so a slow or busy
// machine slows both alike. A linear parser stays near 1; a quadratic one on
// 100 KB–1 MB runs thousands of times longer.

function elapsedMs(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/**
 * Time of `pathological` divided by time of `benign`. A benign run under
 * 5 ms counts as 5 ms, so timer noise and a garbage collection cannot inflate
 * the ratio; a quadratic parser still needs seconds on such input.
 */
export function slowdown(benign: () => unknown, pathological: () => unknown, runs = 5): number {
  let bestBenign = Infinity;
  let bestPathological = Infinity;
  for (let i = 0; i < runs; i++) {
    bestBenign = Math.min(bestBenign, elapsedMs(benign));
    bestPathological = Math.min(bestPathological, elapsedMs(pathological));
  }
  if (process.env.PILEUP_SHOW_SLOWDOWN) console.log(`benign ${bestBenign.toFixed(2)} ms, pathological ${bestPathological.toFixed(2)} ms`);
  return bestPathological / Math.max(bestBenign, 5);
}

/** The ratio every linear parser must stay under: generous, for a shared machine. */
export const MAX_SLOWDOWN = 20;

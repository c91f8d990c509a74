import { analyzeRelease } from '../../src/core/analyze';

/**
 * Best CPU time of this process (ms) over `runs` analyses of `text`: CPU time, not wall time, so
 * that other processes on a loaded machine do not stretch one measurement and not the other.
 */
export function bestCpuTime(text: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.cpuUsage();
    analyzeRelease('big.release', text);
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/**
 * time(largeSize) / time(smallSize) for the texts `make` builds, after one warm-up on a text a
 * quarter of the small one: the small text is timed 3 times, the large one up to 3 times, stopping
 * once the ratio is below `limit`. Times below 1 ms count as 1 ms, where noise dominates.
 */
export function linearityRatio(make: (size: number) => string, smallSize: number, largeSize: number, limit: number): { small: number; large: number; ratio: number } {
  const smallText = make(smallSize);
  const largeText = make(largeSize);
  bestCpuTime(make(Math.max(1, Math.round(smallSize / 4))), 1);
  const small = Math.max(bestCpuTime(smallText, 3), 1);
  let large = Infinity;
  for (let r = 0; r < 3; r++) {
    large = Math.min(large, bestCpuTime(largeText, 1));
    if (large / small < limit) break;
  }
  return { small, large, ratio: large / small };
}

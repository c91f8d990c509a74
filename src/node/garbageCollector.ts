import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's `gc`: a full collection, or with `{ type: 'minor' }` one of the young generation alone. */
export type GarbageCollector = (options?: { type: 'major' | 'minor' }) => void;

/**
 * V8's garbage collection, or undefined where it cannot be had. A worker that has analysed
 * thousands of releases holds tens of megabytes of garbage that V8 keeps until it next needs room,
 * which an idle worker never does. `gc` is exposed only for the moment it takes to fetch it, so no
 * other code sees it.
 */
export function garbageCollector(): GarbageCollector | undefined {
  const existing = (globalThis as { gc?: GarbageCollector }).gc;
  if (typeof existing === 'function') return existing;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as GarbageCollector) : undefined;
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

export interface SlidingWindowOptions {
  /** Asked before each task starts: once true, no further task starts (those running finish). */
  cancelled?: () => boolean;
}

/**
 * Runs `task` on each item with at most `limit` tasks running at once, starting the next one as
 * soon as any finishes, never after a whole batch: whatever the tasks wait on (worker threads, the
 * file system) is not left idle while a batch waits for its slowest item. Items are taken from
 * `items` only when a task starts, so it may be a generator. A failing task does not stop the
 * others; the first failure is thrown once every started task has settled.
 */
export async function forEachInWindow<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T) => Promise<void>,
  options: SlidingWindowOptions = {},
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failure: { error: unknown } | undefined;
  // Each lane runs one task at a time and takes the next item when it is done.
  const lane = async (): Promise<void> => {
    for (;;) {
      if (options.cancelled?.()) return;
      const next = iterator.next();
      if (next.done) return;
      try {
        await task(next.value);
      } catch (e) {
        failure ??= { error: e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.floor(limit)) }, lane));
  if (failure) throw failure.error;
}

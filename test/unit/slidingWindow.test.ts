import * as assert from 'node:assert/strict';
import { forEachInWindow } from '../../src/core/slidingWindow';

/** A task whose completion the test controls: `finish(item)` or `fail(item)` settles it. */
class ControlledTasks {
  readonly started: number[] = [];
  readonly finished: number[] = [];
  running = 0;
  mostRunning = 0;
  private readonly settle = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();

  readonly task = (item: number): Promise<void> => {
    this.started.push(item);
    this.running++;
    this.mostRunning = Math.max(this.mostRunning, this.running);
    return new Promise<void>((resolve, reject) => this.settle.set(item, { resolve, reject })).finally(() => {
      this.running--;
      this.finished.push(item);
    });
  };

  finish(item: number): void {
    this.settle.get(item)!.resolve();
  }

  fail(item: number, message = `task ${item} failed`): void {
    this.settle.get(item)!.reject(new Error(message));
  }
}

/** Lets every pending promise callback run. */
const settled = () => new Promise<void>((r) => setImmediate(r));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('forEachInWindow', () => {
  it('starts `limit` tasks, then the next one as soon as any finishes, in whatever order they finish', async () => {
    const tasks = new ControlledTasks();
    const done = forEachInWindow(range(8), 3, tasks.task);
    await settled();
    assert.deepEqual(tasks.started, [0, 1, 2]);
    // The last of the three finishes first: one new task starts, without waiting for 0 and 1.
    tasks.finish(2);
    await settled();
    assert.deepEqual(tasks.started, [0, 1, 2, 3]);
    tasks.finish(0);
    await settled();
    assert.deepEqual(tasks.started, [0, 1, 2, 3, 4]);
    for (const item of [4, 3, 1, 6, 5, 7]) {
      if (tasks.started.includes(item)) tasks.finish(item);
      else {
        await settled();
        tasks.finish(item);
      }
      await settled();
    }
    await done;
    assert.deepEqual(tasks.finished, [2, 0, 4, 3, 1, 6, 5, 7]);
    assert.equal(tasks.mostRunning, 3);
  });

  it('never runs more than `limit` tasks at once, and keeps `limit` running while items remain', async () => {
    const running: number[] = [];
    let now = 0;
    let most = 0;
    await forEachInWindow(range(50), 4, async (item) => {
      now++;
      most = Math.max(most, now);
      running.push(now);
      await new Promise((r) => setTimeout(r, (item * 7) % 5));
      now--;
    });
    assert.equal(most, 4);
    assert.equal(running.length, 50);
    // A task that starts while items remain always has three others beside it (after the first three).
    assert.ok(running.slice(3, 47).every((n) => n === 4), running.join(' '));
  });

  it('takes items from a generator only as tasks start', async () => {
    const tasks = new ControlledTasks();
    let taken = 0;
    function* items() {
      for (let i = 0; i < 5; i++) {
        taken++;
        yield i;
      }
    }
    const done = forEachInWindow(items(), 2, tasks.task);
    await settled();
    assert.equal(taken, 2);
    tasks.finish(1);
    await settled();
    assert.equal(taken, 3);
    for (const item of [0, 2, 3, 4]) {
      await settled();
      tasks.finish(item);
    }
    await done;
    assert.equal(taken, 5);
  });

  it('keeps going after a task fails, then rejects with the first failure once all have settled', async () => {
    const tasks = new ControlledTasks();
    let outcome: unknown = 'pending';
    const done = forEachInWindow(range(6), 2, tasks.task).then(
      () => (outcome = 'resolved'),
      (e: Error) => (outcome = e.message),
    );
    await settled();
    tasks.fail(0, 'cannot read 0');
    await settled();
    assert.deepEqual(tasks.started, [0, 1, 2], 'a new task replaces the failed one');
    tasks.fail(2, 'cannot read 2');
    await settled();
    for (const item of [1, 3, 4, 5]) {
      await settled();
      tasks.finish(item);
    }
    await settled();
    await done;
    assert.deepEqual(tasks.finished, [0, 2, 1, 3, 4, 5], 'every task ran');
    assert.equal(outcome, 'cannot read 0');
  });

  it('counts a task that throws before returning a promise as a failure like any other', async () => {
    const ran: number[] = [];
    await assert.rejects(
      forEachInWindow(range(4), 2, (item) => {
        if (item === 1) throw new Error('thrown at once');
        ran.push(item);
        return Promise.resolve();
      }),
      /thrown at once/,
    );
    assert.deepEqual(ran, [0, 2, 3]);
  });

  it('starts no task once cancelled; the tasks already running finish', async () => {
    const tasks = new ControlledTasks();
    let cancelled = false;
    let finished = false;
    const done = forEachInWindow(range(20), 3, tasks.task, { cancelled: () => cancelled }).then(() => (finished = true));
    await settled();
    tasks.finish(0);
    await settled();
    assert.deepEqual(tasks.started, [0, 1, 2, 3]);
    cancelled = true;
    tasks.finish(1);
    tasks.finish(2);
    await settled();
    assert.deepEqual(tasks.started, [0, 1, 2, 3], 'nothing new after cancelling');
    assert.equal(finished, false, 'waits for the task still running');
    tasks.finish(3);
    await done;
    assert.equal(finished, true);
    assert.deepEqual(tasks.finished, [0, 1, 2, 3]);
  });

  it('runs nothing for no items, and at least one task at a time for a limit below one', async () => {
    let calls = 0;
    await forEachInWindow([], 4, async () => {
      calls++;
    });
    assert.equal(calls, 0);
    const order: number[] = [];
    await forEachInWindow(range(3), 0, async (item) => {
      order.push(item);
    });
    assert.deepEqual(order, [0, 1, 2]);
  });
});

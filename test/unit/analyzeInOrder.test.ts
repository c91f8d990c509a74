import * as assert from 'node:assert/strict';
import type { Analyzer, AnalyzeJob } from '../../src/core/analyzer';
import type { ReleaseAnalysis } from '../../src/core/types';
import { ANALYSES_IN_FLIGHT, analyzeInOrder, type AnalysisInput } from '../../src/node/analyzeInOrder';

/** Answers after a delay that differs per file, so results arrive out of order; counts jobs in flight. */
class ShuffledAnalyzer implements Analyzer {
  inFlight = 0;
  mostInFlight = 0;
  readonly jobs = new Set<AnalyzeJob | undefined>();
  analyze(file: string, _text: string, job?: AnalyzeJob): Promise<ReleaseAnalysis> {
    this.jobs.add(job);
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    const delay = (Number(file.replace(/\D/g, '')) * 7) % 5;
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        this.inFlight--;
        if (file === 'bad-13') reject(new Error('cannot read bad-13'));
        else resolve({ file } as ReleaseAnalysis);
      }, delay),
    );
  }
  dispose(): void {}
}

function* inputs(n: number, read: string[], prefix = 'r-'): Generator<AnalysisInput> {
  for (let i = 0; i < n; i++) {
    read.push(`${prefix}${i}`);
    yield { file: `${prefix}${i}`, text: '' };
  }
}

const JOB: AnalyzeJob = { keepMentions: false };

describe('analyzeInOrder', () => {
  it('stores results in input order though they arrive out of order, with at most `window` in flight', async () => {
    const analyzer = new ShuffledAnalyzer();
    const read: string[] = [];
    const stored: string[] = [];
    await analyzeInOrder(analyzer, inputs(40, read), JOB, (a) => stored.push(a.file), 6);
    assert.deepEqual(stored, read);
    assert.equal(stored.length, 40);
    assert.equal(analyzer.mostInFlight, 6);
  });

  it('gives every input the one job of the call, and keeps ANALYSES_IN_FLIGHT in flight by default', async () => {
    const analyzer = new ShuffledAnalyzer();
    const stored: string[] = [];
    await analyzeInOrder(analyzer, inputs(ANALYSES_IN_FLIGHT + 10, []), JOB, (a) => stored.push(a.file));
    assert.deepEqual([...analyzer.jobs], [JOB]);
    assert.equal(stored.length, ANALYSES_IN_FLIGHT + 10);
    assert.equal(analyzer.mostInFlight, ANALYSES_IN_FLIGHT);
  });

  it('reads the next input as soon as the oldest result is in, not after a whole batch', async () => {
    const analyzer = new ShuffledAnalyzer();
    const read: string[] = [];
    const readWhenStored: number[] = [];
    await analyzeInOrder(analyzer, inputs(20, read), JOB, () => readWhenStored.push(read.length), 4);
    // With batches of 4, reading would jump from 4 to 8 between two stores; a sliding window adds one.
    assert.deepEqual(readWhenStored, [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 20, 20]);
  });

  it('fails with the first failing input, and no failure goes unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const stored: string[] = [];
      await assert.rejects(analyzeInOrder(new ShuffledAnalyzer(), inputs(30, [], 'bad-'), JOB, (a) => stored.push(a.file), 8), /cannot read bad-13/);
      assert.deepEqual(stored, Array.from({ length: 13 }, (_, i) => `bad-${i}`));
      await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

import type { Analyzer, AnalyzeJob } from '../core/analyzer';
import type { ReleaseAnalysis } from '../core/types';

export interface AnalysisInput {
  file: string;
  text: string;
}

/**
 * Analyses sent ahead of their results by default: enough to keep every worker of a pool busy
 * while the calling thread reads the next files, few enough that memory stays bounded.
 */
export const ANALYSES_IN_FLIGHT = 64;

/**
 * Analyses `inputs`, all with the same `job`, with up to `window` of them in flight at once and
 * hands each result to `store` in input order. The next input is read as soon as one result is in,
 * never after a whole batch: workers are not left idle while the calling thread reads, and memory
 * stays bounded. `inputs` may be a generator that reads files one by one.
 */
export async function analyzeInOrder(
  analyzer: Analyzer,
  inputs: Iterable<AnalysisInput>,
  job: AnalyzeJob,
  store: (analysis: ReleaseAnalysis) => void,
  window = ANALYSES_IN_FLIGHT,
): Promise<void> {
  const queue: Promise<ReleaseAnalysis>[] = [];
  const enqueue = (input: AnalysisInput) => {
    const result = analyzer.analyze(input.file, input.text, job);
    // Awaited below, in order; this keeps a failure that arrives early from counting as unhandled.
    result.catch(() => undefined);
    queue.push(result);
  };
  for (const input of inputs) {
    enqueue(input);
    if (queue.length >= window) store(await queue.shift()!);
  }
  while (queue.length) store(await queue.shift()!);
}

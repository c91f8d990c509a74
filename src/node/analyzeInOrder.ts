import type { Analyzer, AnalyzeJob } from '../core/analyzer';
import type { ReleaseAnalysis } from '../core/types';

export interface AnalysisInput {
  file: string;
  text: string;
  job?: AnalyzeJob;
}

/**
 * Analyses `inputs` with up to `window` of them in flight at once and hands each result to `store`
 * in input order. The next input is read as soon as one result is in, never after a whole batch:
 * workers are not left idle while the calling thread reads, and memory stays bounded. `inputs` may
 * be a generator that reads files one by one.
 */
export async function analyzeInOrder(
  analyzer: Analyzer,
  inputs: Iterable<AnalysisInput>,
  store: (analysis: ReleaseAnalysis) => void,
  window = 64,
): Promise<void> {
  const queue: Promise<ReleaseAnalysis>[] = [];
  const enqueue = (input: AnalysisInput) => {
    const result = analyzer.analyze(input.file, input.text, input.job);
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

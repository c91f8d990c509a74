// Runs in a worker thread: analyses releases sent by an AnalysisPool, so indexing thousands of
// files uses every core and leaves the calling thread (the extension host, the CLI) free. Loaded on
// the calling thread instead (no parentPort), it serves the pool's fallback, so that the analyser
// lives in this bundle only.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { InThreadAnalyzer, RecognitionCache, runJob } from '../core/analyzer';
import type { AnalysisRequest, AnalysisResponse, WorkerMessage } from './analysisPool';
import { garbageCollector, type GarbageCollector } from './garbageCollector';

const cache = new RecognitionCache();
let collect: GarbageCollector | undefined | null = null;

function analyse(request: AnalysisRequest): AnalysisResponse {
  try {
    return { id: request.id, json: JSON.stringify(runJob(request.file, request.text, request.job, cache)) };
  } catch (e) {
    return { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Kept warm by an idle pool: hands back the garbage of the work done, and says how much that was.
 * A collection of the young generation alone gives back as much memory as a full one here, where
 * a full one made the next few hundred analyses slower (p99 of an edit's round trip 8 ms, not 4).
 */
function settle(): AnalysisResponse {
  const before = getHeapStatistics().used_heap_size;
  if (collect === null) collect = garbageCollector();
  collect?.({ type: 'minor' });
  return { settled: { before, after: getHeapStatistics().used_heap_size } };
}

parentPort?.on('message', (message: WorkerMessage) => {
  parentPort!.postMessage('settle' in message ? settle() : analyse(message));
});

export { InThreadAnalyzer };

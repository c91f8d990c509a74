// Runs in a worker thread: analyses releases sent by an AnalysisPool, so indexing thousands of
// files uses every core and leaves the calling thread (the extension host, the CLI) free. Loaded on
// the calling thread instead (no parentPort), it serves the pool's fallback, so that the analyser
// lives in this bundle only.
import { getHeapSpaceStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { InThreadAnalyzer, RecognitionCache, runJob } from '../core/analyzer';
import type { AnalysisRequest, AnalysisResponse, WorkerMessage } from './analysisPool';
import { asciiBytes } from './asciiJson';
import { once } from '../core/once';
import { garbageCollector } from './garbageCollector';

const cache = new RecognitionCache();
const collect = once(garbageCollector);

function analyse(request: AnalysisRequest): AnalysisResponse {
  try {
    const json = JSON.stringify(runJob(request.file, request.text, request.job, cache));
    const ascii = asciiBytes(json);
    return ascii ? { id: request.id, ascii } : { id: request.id, json };
  } catch (e) {
    return { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Bytes in use in the young generation, which `settle` empties of garbage. */
function youngInUse(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_used_size ?? 0;
}

/**
 * Kept warm by an idle pool: hands back the garbage of the work done, and says how much that was.
 * A collection of the young generation alone gives back as much memory as a full one here, where
 * a full one made the next few hundred analyses slower (p99 of an edit's round trip 8 ms, not 4).
 */
function settle(): AnalysisResponse {
  const before = youngInUse();
  const gc = collect();
  gc?.({ type: 'minor' });
  return { settled: { collected: gc !== undefined, before, after: youngInUse() } };
}

parentPort?.on('message', (message: WorkerMessage) => {
  const response = 'settle' in message ? settle() : analyse(message);
  // The bytes are handed over, not copied.
  parentPort!.postMessage(response, 'ascii' in response ? [response.ascii.buffer as ArrayBuffer] : []);
});

export { InThreadAnalyzer };

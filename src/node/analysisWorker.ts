// Runs in a worker thread: analyses releases sent by an AnalysisPool, so indexing thousands of
// files uses every core and leaves the calling thread (the extension host, the CLI) free. Loaded on
// the calling thread instead (no parentPort), it serves the pool's fallback, so that the analyser
// lives in this bundle only.
import { parentPort } from 'node:worker_threads';
import { InThreadAnalyzer, RecognitionCache, runJob } from '../core/analyzer';
import type { AnalysisRequest, AnalysisResponse } from './analysisPool';

const cache = new RecognitionCache();

parentPort?.on('message', (request: AnalysisRequest) => {
  let response: AnalysisResponse;
  try {
    response = { id: request.id, analysis: runJob(request.file, request.text, request.job, cache) };
  } catch (e) {
    response = { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(response);
});

export { InThreadAnalyzer };

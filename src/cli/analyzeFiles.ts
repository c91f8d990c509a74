import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Catalog, recognitionCatalog } from '../core/catalog';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { AnalysisPool } from '../node/analysisPool';
import { analyzeInOrder } from '../node/analyzeInOrder';

/** Below this many files, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 48;

/** The analysis worker bundled beside the CLI (dist/analysisWorker.js), when there is one. */
export function bundledWorker(): string | undefined {
  const file = path.join(__dirname, 'analysisWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Analyses the files into the index: in worker threads when there are enough of them (as the
 * extension does), else on this thread. Results are stored in the order of `files` either way.
 */
export async function analyzeFiles(
  index: WorkspaceIndex,
  files: readonly { file: string; text: string }[],
  catalog: Catalog,
  keepMentions: boolean,
  workerFile = bundledWorker(),
): Promise<void> {
  const worker = files.length >= POOL_THRESHOLD ? workerFile : undefined;
  if (!worker) {
    for (const f of files) index.set(f.file, f.text, keepMentions);
    return;
  }
  const pool = new AnalysisPool(worker);
  const job = { keepMentions, catalog: recognitionCatalog(catalog) };
  try {
    await analyzeInOrder(pool, files, job, (analysis) => index.setAnalysis(analysis, keepMentions));
  } finally {
    pool.dispose();
  }
}

// Where the extension analyses releases, read from disk or open in an editor. Desktop: worker
// threads, so neither indexing a large folder nor a 1 MB release blocks the extension host, and the
// extension bundle carries no analyser. (The browser build has no worker threads and replaces this
// module with analyzerHost.web.ts; see esbuild.mjs.)
import * as vscode from 'vscode';
import type { Analyzer, AnalyzeJob } from '../core/analyzer';
import { AnalysisPool } from '../node/analysisPool';

/** The pool, made on the first analysis rather than during activation. */
class LazyPool implements Analyzer {
  private pool: AnalysisPool | undefined;
  constructor(private readonly workerFile: string) {}

  analyze(file: string, text: string, job?: AnalyzeJob) {
    // One worker stays when idle: an editor's next hover should not wait for a thread to start.
    return (this.pool ??= new AnalysisPool(this.workerFile, { keep: 1 })).analyze(file, text, job);
  }

  /** Workers running now (for tests and diagnostics). */
  get workerCount(): number {
    return this.pool?.workerCount ?? 0;
  }

  dispose(): void {
    this.pool?.dispose();
  }
}

export function createAnalyzer(context: vscode.ExtensionContext): Analyzer {
  return new LazyPool(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath);
}

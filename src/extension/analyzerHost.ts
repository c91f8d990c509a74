// Where the extension analyses releases, read from disk or open in an editor. Desktop: worker
// threads, so neither indexing a large folder nor a 1 MB release blocks the extension host, and the
// extension bundle carries no analyser. (The browser build has no
// worker threads and replaces this module with analyzerHost.web.ts; see esbuild.mjs.)
import * as vscode from 'vscode';
import type { Analyzer } from '../core/analyzer';
import { AnalysisPool } from '../node/analysisPool';

export function createAnalyzer(context: vscode.ExtensionContext): Analyzer {
  // One worker stays when idle: an editor's next hover should not wait for a thread to start.
  return new AnalysisPool(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath, { keep: 1 });
}

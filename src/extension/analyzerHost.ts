// Where the extension analyses releases read from disk. Desktop: worker threads, so indexing a
// large folder uses every core and never blocks the extension host. (The browser build has no
// worker threads and replaces this module with analyzerHost.web.ts; see esbuild.mjs.)
import * as vscode from 'vscode';
import type { Analyzer } from '../core/analyzer';
import { AnalysisPool } from '../node/analysisPool';

export function createAnalyzer(context: vscode.ExtensionContext): Analyzer {
  return new AnalysisPool(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath);
}

// The browser build's analyzer (see analyzerHost.ts): analysis on the extension's own worker.
import type * as vscode from 'vscode';
import { InThreadAnalyzer, type Analyzer } from '../core/analyzer';

export function createAnalyzer(_context: vscode.ExtensionContext): Analyzer {
  return new InThreadAnalyzer();
}

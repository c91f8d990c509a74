import * as vscode from 'vscode';
import type { ReleaseLensApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'release-lens.release-lens';

export async function activateApi(): Promise<ReleaseLensApi> {
  const ext = vscode.extensions.getExtension<ReleaseLensApi | undefined>(EXTENSION_ID);
  if (!ext) throw new Error('extension not found');
  const api = await ext.activate();
  if (!api) throw new Error('extension failed to activate');
  await api.workspace.ensureStarted();
  return api;
}

/** Polls until `check` returns a truthy value or the time is up. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 8000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await check();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

export async function findUri(glob: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(glob);
  if (!uri) throw new Error(`no file matches ${glob}`);
  return uri;
}

/** Position of the first occurrence of `needle` in a document (optionally the n-th). */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  let index = -1;
  for (let k = 0; k <= nth; k++) index = doc.getText().indexOf(needle, index + 1);
  if (index < 0) throw new Error(`"${needle}" not in ${doc.uri.path}`);
  return doc.positionAt(index + 1);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

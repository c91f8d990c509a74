// The workspace's analysis cache on disk: one file in the extension's storage for this workspace
// (context.storageUri), read when a scan starts and written when one ends, so that a window opened
// again reads only the files that changed since (see core/analysisCache.ts).
import * as vscode from 'vscode';
import { AnalysisCache } from '../core/analysisCache';
import * as files from './files';

declare const RELEASE_LENS_ANALYZER_BUILD: string | undefined;
/** The analyser's build (a hash of the core's sources, set by esbuild.mjs). */
const ANALYZER_BUILD = typeof RELEASE_LENS_ANALYZER_BUILD === 'string' ? RELEASE_LENS_ANALYZER_BUILD : 'unbundled';
const FILE_NAME = 'index-cache.jsonl';
/** Lines are encoded a chunk at a time, so that no string of the whole cache is made. */
const CHUNK_CHARS = 1 << 20;

/** The key entries are written for: the analyser and the catalog's code patterns and ignored names. */
export function analysisCacheKey(recognition: unknown): string {
  return `${ANALYZER_BUILD} ${JSON.stringify(recognition ?? null)}`;
}

export class IndexCacheFile {
  /** `storage`: the extension's storage folder for this workspace (none without a workspace). */
  constructor(
    private readonly storage: vscode.Uri | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  private get uri(): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, FILE_NAME);
  }

  /** The cache written for `key`, or an empty one (no file yet, another key, or a file cut short). */
  async load(key: string): Promise<AnalysisCache> {
    const uri = this.uri;
    if (!uri) return new AnalysisCache(key);
    let text: string;
    try {
      text = new TextDecoder().decode(await files.readFile(uri));
    } catch {
      return new AnalysisCache(key);
    }
    const cache = AnalysisCache.parse(text, key);
    if (!cache) this.log.info('The index cache is from another version of the analyser or other code patterns, or incomplete: every file is read again.');
    return cache ?? new AnalysisCache(key);
  }

  /** Writes the cache when it changed since it was read or last written. */
  async write(cache: AnalysisCache): Promise<void> {
    const uri = this.uri;
    if (!uri || !cache.dirty) return;
    cache.dirty = false;
    const encoder = new TextEncoder();
    const chunks: Uint8Array[] = [];
    let pending: string[] = [];
    let pendingChars = 0;
    const flush = () => {
      chunks.push(encoder.encode(pending.join('')));
      pending = [];
      pendingChars = 0;
    };
    for (const line of cache.lines()) {
      pending.push(line, '\n');
      pendingChars += line.length + 1;
      if (pendingChars >= CHUNK_CHARS) {
        flush();
        // A 10,000-release cache takes a few hundred ms to write out: hovers and views answer between chunks.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    flush();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    try {
      await vscode.workspace.fs.createDirectory(this.storage!);
      await vscode.workspace.fs.writeFile(uri, bytes);
    } catch (e) {
      cache.dirty = true;
      this.log.warn(`Could not write the index cache: ${String(e)}`);
    }
  }

  /** Removes the file (the setting was turned off). */
  async delete(): Promise<void> {
    const uri = this.uri;
    if (!uri) return;
    try {
      await vscode.workspace.fs.delete(uri);
    } catch {
      // Never written: nothing to remove.
    }
  }
}

// What the workspace's files said when last read, kept between sessions so that a window opened
// again reads only the files that changed. Each entry is valid for one size and modification time of
// its file; the whole cache for one key (the analyser's build and the catalog's code patterns), as
// either changes what a text says.
import type { ReleaseAnalysis } from './types';

/** A file's entry: its release analysis (without mentions), or null for a file that is no release. */
export interface CachedAnalysis {
  size: number;
  mtime: number;
  analysis: ReleaseAnalysis | null;
}

/** An entry as stored: parsed on first use, so that loading a large cache does not hold up the reader. */
interface Entry {
  size: number;
  mtime: number;
  analysis?: ReleaseAnalysis | null;
  json?: string;
}

const FORMAT = 'release-lens-index';
const VERSION = 1;

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Set when entries change, until serialized. */
  dirty = false;

  constructor(readonly key: string) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry of `id` when it was made for this size and modification time, else undefined. */
  get(id: string, size: number, mtime: number): CachedAnalysis | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.size !== size || entry.mtime !== mtime) return undefined;
    if (entry.json !== undefined) {
      entry.analysis = parseAnalysis(entry.json, id);
      entry.json = undefined;
      // A line that does not hold what was written is no entry: the file is read again.
      if (entry.analysis === undefined) {
        this.delete(id);
        return undefined;
      }
    }
    return { size, mtime, analysis: entry.analysis! };
  }

  set(id: string, size: number, mtime: number, analysis: ReleaseAnalysis | null): void {
    this.entries.set(id, { size, mtime, analysis });
    this.dirty = true;
  }

  delete(id: string): void {
    if (this.entries.delete(id)) this.dirty = true;
  }

  /** Drops the entries of files not in `keep` (deleted or no longer included since they were written). */
  retainOnly(keep: ReadonlySet<string>): void {
    for (const id of [...this.entries.keys()]) if (!keep.has(id)) this.delete(id);
  }

  /**
   * The cache as lines of text: a header, then one JSON array per file. Lines rather than one JSON
   * value, so that each entry is parsed when its file is met and a cut-off file is noticed.
   */
  *lines(): Generator<string> {
    // The entries as they are now: the writer may yield between lines while files change.
    const entries = [...this.entries];
    yield JSON.stringify({ format: FORMAT, version: VERSION, key: this.key, entries: entries.length });
    for (const [id, e] of entries) {
      const analysis = e.json !== undefined ? e.json : JSON.stringify(e.analysis);
      yield `[${JSON.stringify(id)},${e.size},${e.mtime},${analysis}]`;
    }
  }

  /**
   * Reads what `lines()` wrote. Undefined when the text is no cache of this format, was written
   * for another key, or is cut short: its entries cannot be trusted, and the files are read again.
   */
  static parse(text: string, key: string): AnalysisCache | undefined {
    let end = text.indexOf('\n');
    if (end < 0) end = text.length;
    const header = parseJson(text.slice(0, end)) as { format?: unknown; version?: unknown; key?: unknown; entries?: unknown } | undefined;
    if (!header || header.format !== FORMAT || header.version !== VERSION || header.key !== key || typeof header.entries !== 'number') return undefined;
    const cache = new AnalysisCache(key);
    let start = end + 1;
    while (start < text.length) {
      end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const entry = parseEntryHead(text, start, end);
      if (!entry) return undefined;
      cache.entries.set(entry.id, { size: entry.size, mtime: entry.mtime, json: entry.json });
      start = end + 1;
    }
    return cache.entries.size === header.entries ? cache : undefined;
  }
}

/**
 * `["id",size,mtime,` read without parsing the analysis that follows (up to the line's final "]").
 * Ids are JSON strings: the first `",` after the opening quote that is not escaped ends one.
 */
function parseEntryHead(text: string, start: number, end: number): { id: string; size: number; mtime: number; json: string } | undefined {
  if (text.charCodeAt(start) !== 91 /* [ */ || text.charCodeAt(end - 1) !== 93 /* ] */) return undefined;
  let idEnd = start + 1;
  for (;;) {
    idEnd = text.indexOf('",', idEnd + 1);
    if (idEnd < 0 || idEnd >= end) return undefined;
    let backslashes = 0;
    for (let k = idEnd - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) break;
  }
  const id = parseJson(text.slice(start + 1, idEnd + 1));
  const sizeEnd = text.indexOf(',', idEnd + 2);
  const mtimeEnd = sizeEnd < 0 ? -1 : text.indexOf(',', sizeEnd + 1);
  if (typeof id !== 'string' || mtimeEnd < 0 || mtimeEnd >= end) return undefined;
  const size = Number(text.slice(idEnd + 2, sizeEnd));
  const mtime = Number(text.slice(sizeEnd + 1, mtimeEnd));
  if (!Number.isFinite(size) || !Number.isFinite(mtime)) return undefined;
  return { id, size, mtime, json: text.slice(mtimeEnd + 1, end - 1) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An analysis as the cache wrote it, checked for the parts every reader of an analysis uses; undefined if it is not one. */
function parseAnalysis(json: string, id: string): ReleaseAnalysis | null | undefined {
  const value = parseJson(json);
  if (value === null) return null;
  const a = value as Partial<ReleaseAnalysis> | undefined;
  if (!a || typeof a !== 'object' || a.file !== id || typeof a.lineCount !== 'number' || typeof a.structure !== 'object' || a.structure === null) return undefined;
  if (!Array.isArray(a.mentions) || !Array.isArray(a.programs) || !Array.isArray(a.milestones) || !Array.isArray(a.transactions)) return undefined;
  return a as ReleaseAnalysis;
}

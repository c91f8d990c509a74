import * as vscode from 'vscode';
import type { Analyzer } from '../core/analyzer';
import { recognitionCatalog } from '../core/catalog';
import type { Catalog } from '../core/catalog';
import { AnalysisCache } from '../core/analysisCache';
import { decodeRelease, formatBytes } from '../core/decode';
import { looksLikeRelease } from '../core/looksLikeRelease';
import type { ReleaseAnalysis } from '../core/types';
import { ReleaseStore } from '../core/releaseStore';
import { forEachInWindow } from '../core/slidingWindow';
import type { CatalogSource } from './catalog';
import type { ConfigService } from './config';
import type { ReleaseLensConfig } from './settings';
import { GlobSet } from './glob';
import * as files from './files';
import { analysisCacheKey, type IndexCacheFile } from './indexCache';

export const RELEASE_LANGUAGE = 'release';
/**
 * Files read and analysed at once; the next starts as soon as one is done. A read through
 * workspace.fs (the browser, remote file systems) waits on the extension host's messages (about
 * 9 ms per file one at a time in a code-server host), so a few in flight leave the workers idle; 4
 * and 8 scanned 1,000 files slower than batches of 20, 64 faster (scripts/bench/scan.mjs).
 */
const FILES_IN_FLIGHT = 64;
const DEBOUNCE_MS = 250;
/** How soon the views hear of a change to the index. */
const CHANGE_MS = 50;
/**
 * While the scan runs, the views hear of changes at most once a second: each change makes them
 * merge the programs that grew and send their items to the window again. At 20 a second the merges
 * alone took 2.9 s of the extension host's thread in a 10,000-file scan.
 */
const INDEXING_CHANGE_MS = 1000;
/** How long after files changed on disk the index cache is written again. */
const CACHE_SAVE_MS = 10_000;

export type IndexState = 'idle' | 'indexing' | 'ready';

/** Glob patterns as one glob for findFiles. */
function oneGlob(patterns: readonly string[]): string {
  return patterns.length === 1 ? patterns[0]! : `{${patterns.join(',')}}`;
}

/**
 * The workspace's releases, kept in a core ReleaseStore: a background scan with findFiles
 * (honouring files.exclude, search.exclude and releaseLens.exclude), a file watcher, and open
 * editors (unsaved text wins over the file on disk). Only changed files are re-read.
 */
export class ReleaseWorkspace implements vscode.Disposable {
  /** Releases read from disk keep their programs but not their mention lists; open ones keep everything. */
  readonly index = new ReleaseStore({ allMentions: false });
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires (debounced) after the index changed. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  readonly onDidChangeState = this.stateEmitter.event;
  private stateValue: IndexState = 'idle';
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private scanRun: Promise<void> | undefined;
  private scanGeneration = 0;
  private readonly pendingReads = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending change event fires (Date.now() time), and when the last one fired. */
  private changeDue = 0;
  private changeFired = 0;
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Files skipped and why, for the Output channel and tests. */
  readonly skipped = new Map<string, string>();
  /** Document versions whose text the index holds. */
  private readonly versions = new Map<string, number>();
  /** Open documents being analysed, by version. */
  private readonly openAnalyses = new Map<string, { version: number; promise: Promise<ReleaseAnalysis> }>();
  /** Disk reads being analysed, each with a ticket: anything that changes the entry meanwhile voids it. */
  private readonly inFlight = new Map<string, number>();
  private nextTicket = 1;
  /** Made when first needed (not during activation) and again after a change of settings. */
  private patterns: { includes: GlobSet; excludes: GlobSet } | undefined;
  /** Scans wait for the workspace catalog, so that releases are not read twice at start. */
  private catalogReady: Promise<void> = Promise.resolve();
  /** What the files said when last read, by size and modification time (undefined: no cache kept). */
  private cache: AnalysisCache | undefined;
  private cacheSaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The next scan reads every file again (Rescan Releases). */
  private readAllNext = false;
  /** Files of the last scan found unchanged in the cache, for the log and tests. */
  cacheHits = 0;

  constructor(
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
    /** Analyses every release, read from disk or open in an editor (worker threads on the desktop). */
    readonly analyzer: Analyzer,
    /** Where the cache of what the files said is kept between sessions (none: not kept). */
    private readonly cacheFile?: IndexCacheFile,
  ) {
    this.disposables.push(
      this.changeEmitter,
      this.stateEmitter,
      config.onDidChange(() => {
        this.patterns = undefined;
        if (this.stateValue !== 'idle') void this.rescan();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.onEditorText(d, false)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEditorText(e.document, true)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const id = d.uri.toString();
        this.versions.delete(id);
        if (!this.index.has(id)) return;
        // Unsaved edits are dropped with the editor: read the file again. A document that is no
        // workspace release (untitled, outside the folders, excluded) leaves the index with its editor.
        if (this.isCandidate(d.uri)) this.queueRead(d.uri);
        else if (this.index.delete(id)) this.fireChange();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
    );
  }

  get state(): IndexState {
    return this.stateValue;
  }

  /** Uses the workspace catalog: waits for it before scanning, and applies every change of it. */
  useCatalog(source: CatalogSource): void {
    this.catalogReady = source.ready;
    this.disposables.push(source.onDidChange((c) => this.applyCatalog(c)));
  }

  /**
   * Pinned programs only need the programs merged again. New code patterns or ignored names change
   * what the text says, so the releases already read are read again.
   */
  private applyCatalog(catalog: Catalog): void {
    const reanalyze = this.index.setCatalog(catalog);
    if (reanalyze && (this.stateValue !== 'idle' || this.index.size > 0)) void this.rescan();
    else this.fireChange();
  }

  private setState(s: IndexState): void {
    if (this.stateValue !== s) {
      this.stateValue = s;
      this.stateEmitter.fire(s);
    }
  }

  /** Starts the background scan once; later calls return the same run. */
  ensureStarted(): Promise<void> {
    if (!this.scanRun) {
      this.createWatchers();
      this.scanRun = this.scan();
    }
    return this.scanRun;
  }

  /**
   * Forgets everything and scans again: after a change of settings or folders, with files unchanged
   * since they were read taken from the cache; on request (`readAll`), with every file read again.
   */
  rescan(options: { readAll?: boolean } = {}): Promise<void> {
    if (options.readAll) this.readAllNext = true;
    this.index.clear();
    this.inFlight.clear();
    this.skipped.clear();
    this.versions.clear();
    this.createWatchers();
    this.scanRun = this.scan();
    this.fireChange();
    return this.scanRun;
  }

  /** Stops a running scan; what was read so far stays. */
  stop(): void {
    this.scanGeneration++;
    if (this.stateValue === 'indexing') this.setState('ready');
  }

  /**
   * The analysis of an open document's current text, with all its mentions: the stored one when it
   * is up to date, else a new one (one per document version, however many providers ask).
   */
  analysisOf(document: vscode.TextDocument): Promise<ReleaseAnalysis> {
    const id = document.uri.toString();
    const version = document.version;
    const known = this.index.get(id);
    if (known && this.versions.get(id) === version && this.index.hasAllMentions(id)) return Promise.resolve(known);
    const pending = this.openAnalyses.get(id);
    if (pending && pending.version === version) return pending.promise;
    const promise = this.analyzer.analyze(id, document.getText(), { keepMentions: true, catalog: recognitionCatalog(this.index.currentCatalog) }).then((analysis) => {
      if (this.openAnalyses.get(id)?.promise === promise) this.openAnalyses.delete(id);
      // An older version's result never replaces a newer one; a closed editor's text is not kept.
      const stored = this.versions.get(id);
      if (!document.isClosed && (stored === undefined || stored <= version)) {
        this.inFlight.delete(id);
        this.index.setAnalysis(analysis, true);
        this.versions.set(id, version);
        this.fireChange();
      }
      return analysis;
    });
    this.openAnalyses.set(id, { version, promise });
    return promise;
  }

  private globs(): { includes: GlobSet; excludes: GlobSet } {
    const c = this.config.value;
    return (this.patterns ??= { includes: new GlobSet(c.include), excludes: new GlobSet(this.excludeGlobs(c)) });
  }

  /** Our own exclude replaces the files.exclude default in findFiles, so merge them here. */
  private excludeGlobs(c: ReleaseLensConfig): string[] {
    const globs: string[] = [...c.exclude];
    for (const key of ['files.exclude', 'search.exclude']) {
      const [section, name] = key.split('.') as [string, string];
      const map = vscode.workspace.getConfiguration(section).get<Record<string, unknown>>(name) ?? {};
      for (const [glob, on] of Object.entries(map)) if (on === true) globs.push(glob);
    }
    return [...new Set(globs)];
  }

  private relativePath(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const rel = uri.path.slice(folder.uri.path.length).replace(/^\/+/, '');
    return rel;
  }

  /** Is this file one the index should hold (included, not excluded)? */
  /** The current text of a release: its open editor's, else the file's; undefined if unreadable. */
  async textOf(id: string): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    if (open) return open.getText();
    try {
      const decoded = decodeRelease(await files.readFile(vscode.Uri.parse(id)), this.config.value.maxFileSize);
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  }

  isCandidate(uri: vscode.Uri): boolean {
    const rel = this.relativePath(uri);
    if (rel === undefined) return false;
    const { includes, excludes } = this.globs();
    return includes.matches(rel) && !excludes.matches(rel);
  }

  private async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    await this.catalogReady;
    if (generation !== this.scanGeneration) return;
    // Open releases that no workspace file backs (untitled, outside the folders) stay in view while the folders are read.
    await this.indexOpenEditors();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      this.setState('ready');
      return;
    }
    this.setState('indexing');
    const started = Date.now();
    const c = this.config.value;
    this.cacheHits = 0;
    await this.prepareCache(c.indexCache);
    if (generation !== this.scanGeneration) return;
    const include = oneGlob(c.include);
    const excludeGlobs = this.excludeGlobs(c);
    const exclude = excludeGlobs.length ? oneGlob(excludeGlobs) : null;
    await vscode.window.withProgress({ location: { viewId: 'releaseLens.programs' }, title: 'Indexing releases' }, async () => {
      let uris: vscode.Uri[] = [];
      try {
        uris = await vscode.workspace.findFiles(include, exclude);
      } catch (e) {
        this.log.error(`Listing files failed: ${String(e)}`);
      }
      uris.sort((a, b) => a.toString().localeCompare(b.toString()));
      const cancelled = () => generation !== this.scanGeneration;
      await forEachInWindow(uris, FILES_IN_FLIGHT, async (u) => {
        await this.readAndIndexSafely(u);
        // The views fill in as files are indexed (fireChange: at most once a second while indexing).
        this.fireChange();
      }, { cancelled });
      // Files deleted or left out since the cache was written leave it.
      if (!cancelled()) this.cache?.retainOnly(new Set(uris.map((u) => u.toString())));
    });
    if (generation !== this.scanGeneration) return;
    const fromCache = this.cache ? `, ${this.cacheHits} of them unchanged since the index cache was written` : '';
    this.log.info(`Indexed ${this.index.size} releases in ${Date.now() - started} ms (${this.skipped.size} skipped${fromCache}).`);
    this.setState('ready');
    this.fireChange();
    await this.saveCache();
  }

  /**
   * The cache for this scan: the one in use when it was made for the same analyser and catalog,
   * else the one on disk, or an empty one after a rescan on request; none when the setting is off
   * (and its file is removed).
   */
  private async prepareCache(enabled: boolean): Promise<void> {
    if (!this.cacheFile) return;
    if (!enabled) {
      this.cache = undefined;
      await this.cacheFile.delete();
      return;
    }
    const key = analysisCacheKey(recognitionCatalog(this.index.currentCatalog));
    if (this.readAllNext) {
      this.readAllNext = false;
      this.cache = new AnalysisCache(key);
    } else if (this.cache?.key !== key) {
      this.cache = await this.cacheFile.load(key);
    }
  }

  private async saveCache(): Promise<void> {
    if (this.cacheSaveTimer) clearTimeout(this.cacheSaveTimer);
    this.cacheSaveTimer = undefined;
    if (this.cache && this.cacheFile) await this.cacheFile.write(this.cache);
  }

  /** Writes the cache a while after files changed on disk, once for many changes. */
  private scheduleCacheSave(): void {
    if (!this.cache?.dirty || this.cacheSaveTimer) return;
    this.cacheSaveTimer = setTimeout(() => void this.saveCache(), CACHE_SAVE_MS);
  }

  /** readAndIndex that never rejects: one file that fails (in decoding or detection too) must not end the scan. */
  private async readAndIndexSafely(uri: vscode.Uri): Promise<void> {
    try {
      await this.readAndIndex(uri);
    } catch (e) {
      this.skip(uri, `failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /**
   * Open release editors belong to the index even when no workspace file backs them (untitled, or
   * outside the folders), so a scan that starts from an empty index must add them back.
   */
  private async indexOpenEditors(): Promise<void> {
    const jobs: Promise<unknown>[] = [];
    for (const d of vscode.workspace.textDocuments) {
      const id = d.uri.toString();
      // Files inside the folders follow include/exclude; the scan has decided about them.
      if (d.languageId !== RELEASE_LANGUAGE || d.isClosed || this.index.has(id) || vscode.workspace.getWorkspaceFolder(d.uri)) continue;
      jobs.push(this.analysisOf(d).catch((e) => this.log.error(`Analysis of ${d.uri.toString()} failed: ${String(e)}`)));
    }
    await Promise.all(jobs);
  }

  /** Reads one file (or its open editor) and indexes it, or records why it was skipped. */
  private async readAndIndex(uri: vscode.Uri): Promise<void> {
    const id = uri.toString();
    const ticket = this.nextTicket++;
    this.inFlight.set(id, ticket);
    try {
      await this.readAndIndexTicket(uri, id, ticket);
    } finally {
      if (this.inFlight.get(id) === ticket) this.inFlight.delete(id);
    }
  }

  private async readAndIndexTicket(uri: vscode.Uri, id: string, ticket: number): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    let text: string;
    /** The file's size and modification time, when it was stat'ed: what its cache entry is valid for. */
    let version: { size: number; mtime: number } | undefined;
    if (open) {
      text = open.getText();
      this.versions.set(id, open.version);
    } else {
      let bytes: Uint8Array;
      const maxSize = this.config.value.maxFileSize;
      try {
        // Files are sized before they are read, so that a large one is never read whole, but for
        // release files outside the extension host's disk (a remote file system, the browser): a
        // stat there is one more round trip to the window, so they are read at once and sized
        // after, by decodeRelease. Other included files (.txt, .md) are always sized first, as a
        // folder can hold large logs or exports under those names. With the index cache kept,
        // every file is stat'ed: an unchanged one is not read at all.
        if (this.cache || files.isLocal(uri) || !uri.path.endsWith('.release')) {
          const stat = await files.stat(uri);
          if (stat.type & vscode.FileType.Directory) return void this.readFolder(uri);
          if (stat.size > maxSize) return this.skip(uri, `larger than ${formatBytes(maxSize)} (${formatBytes(stat.size)})`);
          version = { size: stat.size, mtime: stat.mtime };
          if (this.fromCache(id, version)) return;
        }
        bytes = await files.readFile(uri);
      } catch (e) {
        // Deleted or renamed while scanning, or unreadable.
        this.index.delete(id);
        this.cache?.delete(id);
        const code = (e as { code?: string }).code;
        if (code === 'FileNotFound' || code === 'EntryNotFound') return;
        // A folder named like a release (read without a stat first) is no file to index, but its
        // releases are, when it was created or moved in whole.
        if (code === 'FileIsADirectory' || code === 'EntryIsADirectory') return void this.readFolder(uri);
        return this.skip(uri, code === 'NoPermissions' ? 'permission denied' : `unreadable (${String((e as Error).message ?? e)})`);
      }
      if (this.inFlight.get(id) !== ticket) return;
      const decoded = decodeRelease(bytes, maxSize);
      if (!decoded.ok) return this.skip(uri, decoded.reason);
      text = decoded.text;
    }
    if (!uri.path.endsWith('.release') && !looksLikeRelease(text) && open?.languageId !== RELEASE_LANGUAGE) {
      this.index.delete(id);
      if (version) this.cache?.set(id, version.size, version.mtime, null);
      return;
    }
    try {
      const keepMentions = open !== undefined;
      const analysis = await this.analyzer.analyze(id, text, { keepMentions, catalog: recognitionCatalog(this.index.currentCatalog) });
      // Deleted, edited in an editor or read again while this analysis ran: the newer state stands.
      if (this.inFlight.get(id) !== ticket) return;
      this.index.setAnalysis(analysis, keepMentions);
      this.skipped.delete(id);
      // Stored without its mentions by setAnalysis, as the cache keeps it.
      if (version) this.cache?.set(id, version.size, version.mtime, analysis);
    } catch (e) {
      this.skip(uri, `analysis failed: ${String(e)}`);
    }
  }

  /** Indexes a file from the cache when its entry is for this size and modification time. */
  private fromCache(id: string, version: { size: number; mtime: number }): boolean {
    const hit = this.cache?.get(id, version.size, version.mtime);
    if (!hit) return false;
    this.cacheHits++;
    if (hit.analysis) this.index.setAnalysis(hit.analysis, false);
    else this.index.delete(id);
    this.skipped.delete(id);
    return true;
  }

  private skip(uri: vscode.Uri, reason: string): void {
    const id = uri.toString();
    this.index.delete(id);
    this.cache?.delete(id);
    if (this.skipped.get(id) !== reason) this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
    this.skipped.set(id, reason);
  }

  private createWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
      watcher.onDidCreate((u) => this.onDiskCreate(u));
      watcher.onDidChange((u) => this.onDiskChange(u));
      watcher.onDidDelete((u) => this.onDiskDelete(u));
      this.watchers.push(watcher);
    }
  }

  /**
   * A folder created with files in it (an unpacked archive, a copy) may arrive as one event for the
   * folder: list the releases inside it. One named like a release is listed once reading it fails.
   */
  private onDiskCreate(uri: vscode.Uri): void {
    if (this.isCandidate(uri)) return this.onDiskChange(uri);
    void this.readCreatedFolder(uri);
  }

  private async readCreatedFolder(uri: vscode.Uri): Promise<void> {
    try {
      const stat = await files.stat(uri);
      if (stat.type & vscode.FileType.Directory) await this.readFolder(uri);
    } catch {
      // Gone again before we looked: nothing to read.
    }
  }

  /** Queues the releases inside a folder for reading. */
  private async readFolder(uri: vscode.Uri): Promise<void> {
    try {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, oneGlob(this.config.value.include)));
      for (const f of found) if (this.isCandidate(f)) this.queueRead(f);
    } catch {
      // Gone again before we looked: nothing to read.
    }
  }

  private onDiskChange(uri: vscode.Uri): void {
    if (!this.isCandidate(uri)) return;
    // An open editor's text is what the user sees; the file on disk is read when it closes.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) return;
    this.queueRead(uri);
  }

  private onDiskDelete(uri: vscode.Uri): void {
    const id = uri.toString();
    let changed = this.index.delete(id);
    this.cache?.delete(id);
    this.skipped.delete(id);
    this.pendingReads.delete(id);
    this.inFlight.delete(id);
    // A deleted folder takes its files with it.
    const prefix = id.endsWith('/') ? id : `${id}/`;
    for (const pending of [...this.inFlight.keys()]) if (pending.startsWith(prefix)) this.inFlight.delete(pending);
    for (const r of this.index.releases()) {
      if (r.file.startsWith(prefix)) {
        this.index.delete(r.file);
        changed = true;
      }
    }
    if (changed) this.fireChange();
  }

  /** Coalesces many file events (1,000 files created at once) into one batch of reads. */
  private queueRead(uri: vscode.Uri): void {
    this.pendingReads.add(uri.toString());
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => void this.flushReads(), DEBOUNCE_MS);
  }

  private async flushReads(): Promise<void> {
    this.flushTimer = undefined;
    const ids = [...this.pendingReads];
    this.pendingReads.clear();
    await forEachInWindow(ids, FILES_IN_FLIGHT, (id) => this.readAndIndexSafely(vscode.Uri.parse(id)));
    if (ids.length) this.fireChange();
    this.scheduleCacheSave();
  }

  private onEditorText(document: vscode.TextDocument, edited: boolean): void {
    const id = document.uri.toString();
    const isRelease = document.languageId === RELEASE_LANGUAGE;
    if (!isRelease && !this.index.has(id)) return;
    if (!edited && this.versions.get(id) === document.version) return;
    const previous = this.editTimers.get(id);
    if (previous) clearTimeout(previous);
    this.editTimers.set(
      id,
      setTimeout(() => {
        this.editTimers.delete(id);
        if (document.isClosed) return;
        this.analysisOf(document).catch((e) => this.log.error(`Analysis of ${vscode.workspace.asRelativePath(document.uri)} failed: ${String(e)}`));
      }, edited ? DEBOUNCE_MS : 0),
    );
  }

  private fireChange(): void {
    const now = Date.now();
    const delay = this.stateValue === 'indexing' ? Math.max(CHANGE_MS, this.changeFired + INDEXING_CHANGE_MS - now) : CHANGE_MS;
    // A pending event that fires soon enough takes this change too; one due later (set while
    // indexing) is brought forward when the scan ends.
    if (this.changeTimer && this.changeDue <= now + delay) return;
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeDue = now + delay;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changeFired = Date.now();
      this.changeEmitter.fire();
    }, delay);
  }

  dispose(): void {
    this.scanGeneration++;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.changeTimer) clearTimeout(this.changeTimer);
    if (this.cacheSaveTimer) clearTimeout(this.cacheSaveTimer);
    for (const t of this.editTimers.values()) clearTimeout(t);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.analyzer.dispose();
  }
}

import * as vscode from 'vscode';
import { CATALOG_FILE_NAME, EMPTY_CATALOG, formatCatalogProblem, type Catalog, type CatalogProblem } from '../core/catalog';
import { catalogParserModule } from './lazyModules';

const DEBOUNCE_MS = 300;
const SOURCE = 'Release Lens';

/** What the index needs of the catalog: the current one, when it is first known, and changes. */
export interface CatalogSource {
  readonly current: Catalog;
  readonly ready: Promise<void>;
  readonly onDidChange: vscode.Event<Catalog>;
}

/**
 * The workspace catalog: `.release-lens.json` at the root of each workspace folder, read through
 * vscode.workspace.fs and read again (debounced) when one is created, changed or deleted. Problems
 * are reported once per change: in the Output channel, as one warning, and as diagnostics at the
 * entry they are about.
 */
export class CatalogService implements CatalogSource, vscode.Disposable {
  private currentValue: Catalog = EMPTY_CATALOG;
  private readonly changeEmitter = new vscode.EventEmitter<Catalog>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly reportEmitter = new vscode.EventEmitter<string[]>();
  /** Fires with the problem lines each time they are reported (not when a reload finds the same ones). */
  readonly onDidReportProblems = this.reportEmitter.event;
  readonly ready: Promise<void>;
  /** Problems of the latest read, all catalog files together. */
  problems: CatalogProblem[] = [];
  /** Catalog files found by the latest read. */
  files: vscode.Uri[] = [];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('releaseLens.catalog');
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private lastReported = '';

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      this.changeEmitter,
      this.reportEmitter,
      this.diagnostics,
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watch();
        this.schedule();
      }),
    );
    // Watched and read just after activation, which stays short; scans wait for `ready`.
    this.ready = new Promise<void>((resolve) => {
      this.startTimer = setTimeout(() => {
        this.startTimer = undefined;
        this.watch();
        this.load().then(resolve, resolve);
      }, 0);
    });
  }

  get current(): Catalog {
    return this.currentValue;
  }

  /** Reads the catalogs again now (the watcher does this by itself after a change). */
  reload(): Promise<void> {
    return this.load();
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CATALOG_FILE_NAME));
      watcher.onDidCreate(() => this.schedule());
      watcher.onDidChange(() => this.schedule());
      watcher.onDidDelete(() => this.schedule());
      this.watchers.push(watcher);
    }
  }

  /** One write often arrives as several events (create, change): read once after they settle. */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.load();
    }, DEBOUNCE_MS);
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const folders = vscode.workspace.workspaceFolders ?? [];
    const read = await Promise.all(folders.map((f) => this.readCatalog(vscode.Uri.joinPath(f.uri, CATALOG_FILE_NAME))));
    if (generation !== this.generation) return; // a newer read started meanwhile
    const found = read.filter((r): r is NonNullable<typeof r> => r !== undefined);
    // The parser is loaded only where there is a catalog to read.
    const combined = found.length ? catalogParserModule().combineCatalogs(found.map((r) => r.catalog)) : { catalog: EMPTY_CATALOG, problems: [] };
    const catalog = combined.catalog;
    const problems = [...found.flatMap((r) => r.problems), ...combined.problems];
    this.files = found.map((r) => r.uri);
    this.problems = problems;
    this.showDiagnostics(found.map((r) => r.uri), problems);
    this.report(problems, catalog);
    this.currentValue = catalog;
    this.changeEmitter.fire(catalog);
  }

  /** One folder's catalog, or undefined when the folder has none. Never throws. */
  private async readCatalog(uri: vscode.Uri): Promise<{ uri: vscode.Uri; catalog: Catalog; problems: CatalogProblem[] } | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'FileNotFound' || code === 'EntryNotFound' || code === 'FileIsADirectory') return undefined;
      const problem: CatalogProblem = {
        file: uri.toString(), path: '', severity: 'error', offset: 0, length: 0, line: 1, column: 1, endLine: 1, endColumn: 1,
        message: `could not be read (${code ?? (e instanceof Error ? e.message : String(e))}); the catalog is not used`,
      };
      return { uri, catalog: EMPTY_CATALOG, problems: [problem] };
    }
    const { catalog, problems } = catalogParserModule().parseCatalog(new TextDecoder('utf-8').decode(bytes), uri.toString());
    return { uri, catalog, problems };
  }

  private label(file: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(file), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  /** Output channel and one warning, only when the problems differ from the last ones reported. */
  private report(problems: CatalogProblem[], catalog: Catalog): void {
    const lines = problems.map((p) => formatCatalogProblem(p, this.label(p.file)));
    const { programs, codePatterns, ignore } = catalog;
    if (this.files.length) {
      const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
      this.log.info(`Catalog read: ${plural(programs.length, 'pinned program')}, ${plural(codePatterns.length, 'code pattern')}, ${plural(ignore.length, 'ignored name')}.`);
    }
    const key = lines.join('\n');
    if (key === this.lastReported) return;
    this.lastReported = key;
    if (lines.length === 0) return;
    for (const line of lines) this.log.warn(line);
    this.reportEmitter.fire(lines);
    const first = problems[0]!;
    const message =
      lines.length === 1
        ? `Release Lens: ${lines[0]}`
        : `Release Lens: ${this.label(first.file)} has ${lines.length} problems (the first: ${formatCatalogProblem(first, '').replace(/^: /, '')}). The rest of the catalog is used.`;
    void vscode.window.showWarningMessage(message, 'Open Catalog', 'Show Output').then((action) => {
      if (action === 'Open Catalog') void vscode.window.showTextDocument(vscode.Uri.parse(first.file));
      else if (action === 'Show Output') this.log.show();
    });
  }

  private showDiagnostics(files: vscode.Uri[], problems: CatalogProblem[]): void {
    this.diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>(files.map((u) => [u.toString(), []]));
    for (const p of problems) {
      const range = new vscode.Range(p.line - 1, p.column - 1, p.endLine - 1, Math.max(p.endColumn - 1, p.line === p.endLine ? p.column : 0));
      const d = new vscode.Diagnostic(range, `${p.path ? `${p.path}: ` : ''}${p.message}`, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = SOURCE;
      byFile.get(p.file)?.push(d) ?? byFile.set(p.file, [d]);
    }
    for (const [file, list] of byFile) if (list.length) this.diagnostics.set(vscode.Uri.parse(file), list);
  }

  dispose(): void {
    this.generation++;
    if (this.startTimer) clearTimeout(this.startTimer);
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

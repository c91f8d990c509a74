import * as vscode from 'vscode';
import { webviewPage } from './webviewPage';
import * as z from '../../core/zod';
import { once } from '../../core/once';
import { DEAL_COLUMNS, DEFAULT_DEAL_SORT, dealCell, filterDeals, sortDeals, type DealColumn, type DealSort, type SortDirection } from '../../core/dealsView';
import { dealKindLabel, dealRows, partiesLabel, type DealRow } from '../../core/exports';
import type { exportTable } from '../commands/export';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { labelOf, showSpanBeside } from '../uris';

const MAX_KEY = 4096;
/** Messages the webview may send; anything else is ignored (and logged). Built with the first message rather than when the module loads. */
const webviewMessage = once(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('ready') }),
    z.object({ type: z.literal('sort'), column: z.enum(DEAL_COLUMNS), direction: z.optional(z.enum(['ascending', 'descending'])) }),
    z.object({ type: z.literal('filter'), text: z.string().check(z.maxLength(500)) }),
    z.object({ type: z.literal('open'), key: z.string().check(z.maxLength(MAX_KEY)) }),
    z.object({ type: z.literal('export') }),
    z.object({
      type: z.literal('rendered'),
      keys: z.array(z.string().check(z.maxLength(MAX_KEY))).check(z.maxLength(1_000_000)),
      column: z.enum(DEAL_COLUMNS),
      ariaSort: z.enum(['ascending', 'descending', 'none']),
    }),
  ]),
);
export type DealsWebviewMessage = z.infer<ReturnType<typeof webviewMessage>>;

/** One row as the webview shows it: display text only, plus the key that names it in messages. */
export interface DealViewRow {
  key: string;
  date: string;
  kind: string;
  parties: string;
  partiesTitle: string;
  program: string;
  programTitle: string;
  amount: string;
  amountTitle: string;
  status: string;
  release: string;
  releaseTitle: string;
}

/** What the webview last reported it shows (its DOM order), so tests can check the screen. */
export interface DealsRendered {
  keys: string[];
  column: DealColumn;
  ariaSort: 'ascending' | 'descending' | 'none';
}

/** Text columns sort A→Z first; dates and amounts newest and largest first. */
const FIRST_DIRECTION: Record<DealColumn, SortDirection> = {
  date: 'descending', kind: 'ascending', parties: 'ascending', program: 'ascending', amount: 'descending', status: 'ascending', release: 'ascending',
};

/**
 * The deals table: a webview panel listing every transaction in the workspace, sortable and
 * filterable, that opens a release at the sentence and follows the index as it changes. Sorting and
 * filtering run here (core/dealsView.ts); the webview only draws rows and reports clicks and keys.
 */
export class DealsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private sort: DealSort = DEFAULT_DEAL_SORT;
  private filter = '';
  /** All rows (files as index ids), and the shown ones by key. */
  private rows: DealRow[] = [];
  private shown: DealRow[] = [];
  private readonly byKey = new Map<string, DealRow>();
  private rendered: DealsRendered | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<DealsRendered>();
  /** Fires when the webview has drawn a new state. */
  readonly onDidRender = this.renderedEmitter.event;

  /** `exportRows` is the export module's exportTable, handed in so that this bundle does not carry a copy of it. */
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly workspace: ReleaseWorkspace,
    private readonly log: vscode.LogOutputChannel,
    private readonly exportRows: typeof exportTable,
  ) {
    this.subscriptions.push(
      this.renderedEmitter,
      workspace.onDidChange(() => this.refresh()),
      workspace.onDidChangeState(() => this.refresh()),
    );
  }

  /** Opens the panel, or brings it forward. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel('releaseLens.deals', 'Deals', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'release-lens.svg');
    this.panel = panel;
    this.panelSubscriptions = [
      panel.onDidDispose(() => {
        for (const d of this.panelSubscriptions) d.dispose();
        this.panelSubscriptions = [];
        this.panel = undefined;
        this.rendered = undefined;
      }),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.handleMessage(m)),
    ];
    panel.webview.html = this.html(panel.webview);
    this.refresh();
    await this.workspace.ensureStarted();
  }

  /** Closes the panel (the command stays). */
  close(): void {
    this.panel?.dispose();
  }

  get visible(): boolean {
    return !!this.panel;
  }

  /** The panel's HTML as set (tests read its Content-Security-Policy). */
  get webviewHtml(): string | undefined {
    return this.panel?.webview.html;
  }

  get currentSort(): DealSort {
    return this.sort;
  }

  /** The rows shown, in order, with files as index ids. */
  shownRows(): readonly DealRow[] {
    return this.shown;
  }

  keyOf(row: DealRow): string {
    return `${row.file}#${row.offset}#${row.kind}#${row.amount ?? ''}#${row.programText ?? ''}`;
  }

  get lastRendered(): DealsRendered | undefined {
    return this.rendered;
  }

  /** Handles one message from the webview (also called by tests, as the webview would). */
  async handleMessage(raw: unknown): Promise<void> {
    const parsed = webviewMessage().safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`Deals panel: ignored a message that is not one of ours: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'ready':
        this.post();
        return;
      case 'sort': {
        const same = message.column === this.sort.column;
        const direction = message.direction ?? (same ? (this.sort.direction === 'ascending' ? 'descending' : 'ascending') : FIRST_DIRECTION[message.column]);
        this.sort = { column: message.column, direction };
        this.update();
        return;
      }
      case 'filter':
        this.filter = message.text;
        this.update();
        return;
      case 'open':
        await this.open(message.key);
        return;
      case 'export':
        await this.exportShown();
        return;
      case 'rendered':
        this.rendered = { keys: message.keys, column: message.column, ariaSort: message.ariaSort };
        this.renderedEmitter.fire(this.rendered);
        return;
    }
  }

  /** Saves the rows shown (filter and order kept) as CSV or JSON; `target` skips the dialog. */
  exportShown(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const rows = this.shown.map((r) => ({ ...r, file: labelOf(r.file) }));
    return this.exportRows(this.workspace, 'deals', target, rows);
  }

  /** Opens the release at the sentence that states the deal. */
  private async open(key: string): Promise<void> {
    const row = this.byKey.get(key);
    if (!row) return;
    await showSpanBeside(row);
  }

  private refresh(): void {
    if (!this.panel) return;
    this.rows = dealRows(this.workspace.index);
    this.update();
  }

  private update(): void {
    this.shown = sortDeals(filterDeals(this.rows, this.filter), this.sort);
    this.byKey.clear();
    for (const r of this.shown) this.byKey.set(this.keyOf(r), r);
    this.post();
  }

  private post(): void {
    if (!this.panel) return;
    void this.panel.webview.postMessage({
      type: 'state',
      rows: this.shown.map((r) => this.viewRow(r)),
      total: this.rows.length,
      sort: this.sort,
      filter: this.filter,
      indexing: this.workspace.state === 'indexing',
    });
  }

  private viewRow(r: DealRow): DealViewRow {
    const file = labelOf(r.file);
    return {
      key: this.keyOf(r),
      date: r.date ?? '',
      kind: dealKindLabel(r),
      parties: dealCell(r, 'parties'),
      partiesTitle: partiesLabel(r),
      program: r.program ?? '',
      programTitle: r.programText && r.programText !== r.program ? `${r.program} (written ${r.programText})` : r.program ?? '',
      amount: r.amountLabel ?? '',
      amountTitle: r.amountText ? `${r.amountText}${r.currency ? ` (${r.currency})` : ''}` : '',
      status: r.status ?? '',
      release: r.release ?? file,
      releaseTitle: `${file}:${r.line}`,
    };
  }

  private html(webview: vscode.Webview): string {
    const headers: [DealColumn, string][] = [
      ['date', 'Date'], ['kind', 'Kind'], ['parties', 'Parties'], ['program', 'Program'], ['amount', 'Amount'], ['status', 'Status'], ['release', 'Release'],
    ];
    const th = headers.map(([column, label]) => `<th scope="col" data-column="${column}" aria-sort="none"><button type="button" class="sort" data-column="${column}">${label}<span class="arrow" aria-hidden="true"></span></button></th>`).join('');
    return webviewPage(webview, vscode.Uri.joinPath(this.extensionUri, 'media'), {
      title: 'Deals',
      script: 'deals.js',
      style: 'deals.css',
      body: `<header class="toolbar">
<input id="filter" type="search" placeholder="Filter by company, program, kind, amount…" aria-label="Filter deals" autocomplete="off" spellcheck="false">
<span id="count" role="status" aria-live="polite"></span>
<button id="export" type="button" class="primary">Export CSV</button>
</header>
<main>
<table id="deals" aria-label="Deals and financings">
<thead><tr>${th}</tr></thead>
<tbody></tbody>
</table>
<p id="empty" hidden></p>
</main>`,
    });
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}

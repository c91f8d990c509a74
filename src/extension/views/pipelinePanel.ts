import * as vscode from 'vscode';
import { webviewPage } from './webviewPage';
import * as z from '../../core/zod';
import { once } from '../../core/once';
import { defaultTheme, layoutPipeline, type ChartLocation, type ChartTheme, type ColorBy, type PipelineChart, type ThemeKind } from '../../core/pipelineChart';
import { writeExport } from '../exportFile';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { showSpanBeside, uriOf } from '../uris';

export const PIPELINE_VIEW_TYPE = 'releaseLens.pipeline';
const RENDER_DEBOUNCE_MS = 150;
const READY_TIMEOUT_MS = 15_000;
const PNG_TIMEOUT_MS = 30_000;
/** Canvas limits: PNGs are drawn at twice the size, less when that would exceed this many pixels a side. */
const MAX_PNG_SIDE = 16_000;

// Messages from the webview are untrusted input: every one is checked against these schemas first.
// They are built with the first message rather than when the module loads.
const schemas = once(() => {
  const color = z.string().check(z.maxLength(64), z.regex(/^(?:#[0-9a-fA-F]{3,8}|rgba?\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*)?\)|[a-zA-Z]{3,20})$/));
  const themeSchema = z.object({
    kind: z.enum(['light', 'dark', 'high-contrast', 'high-contrast-light']),
    background: z.optional(color),
    foreground: z.optional(color),
    muted: z.optional(color),
    grid: z.optional(color),
    border: z.optional(color),
    fontFamily: z.optional(z.string().check(z.maxLength(300), z.regex(/^[\w\s,'".-]*$/))),
    fontSize: z.optional(z.number().check(z.minimum(8), z.maximum(32))),
    marks: z.optional(
      z.object({
        ind: z.optional(color),
        'first-patient': z.optional(color),
        data: z.optional(color),
        regulatory: z.optional(color),
        deal: z.optional(color),
      }),
    ),
  });
  const width = z.number().check(z.minimum(0), z.maximum(100_000));
  const messageSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('ready'), width, theme: themeSchema }),
    z.object({ type: z.literal('resize'), width }),
    z.object({ type: z.literal('theme'), theme: themeSchema }),
    z.object({ type: z.literal('open'), id: z.string().check(z.regex(/^[rm]\d{1,7}$/)) }),
    z.object({ type: z.literal('colorBy'), value: z.enum(['target', 'company']) }),
    z.object({ type: z.literal('save'), format: z.enum(['svg', 'png']) }),
    z.object({ type: z.literal('png'), requestId: z.number().check(z.int()), data: z.optional(z.instanceof(Uint8Array)), error: z.optional(z.string().check(z.maxLength(500))) }),
    z.object({ type: z.literal('rendered'), version: z.number().check(z.int()), rows: z.number().check(z.int()), marks: z.number().check(z.int()) }),
    z.object({ type: z.literal('rescan') }),
  ]);
  return { themeSchema, messageSchema };
});
export type PipelineMessage = z.infer<ReturnType<typeof schemas>['messageSchema']>;
type WebviewTheme = z.infer<ReturnType<typeof schemas>['themeSchema']>;

/** What the webview last showed, as it reported back. */
export interface RenderedState {
  version: number;
  rows: number;
  marks: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The Pipeline chart: one webview panel per window, revealed if open. The chart is laid out by the
 * core (pipelineChart.ts) with the colours the webview reports for the current theme, posted to the
 * webview as SVG, and laid out again when the index, the theme, the width or the colouring changes.
 */
export class PipelineController implements vscode.Disposable {
  private panelValue: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private panelDisposables: vscode.Disposable[] = [];
  private webviewTheme: WebviewTheme | undefined;
  private width = 1200;
  private colorByValue: ColorBy = 'target';
  private chartValue: PipelineChart | undefined;
  private versionValue = 0;
  private renderTimer: ReturnType<typeof setTimeout> | undefined;
  private readyWaiters: (() => void)[] = [];
  private isReady = false;
  private nextPngRequest = 1;
  private readonly pngRequests = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void }>();
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedState>();
  /** Fires when the webview has drawn a version of the chart. */
  readonly onDidRender = this.renderedEmitter.event;
  rendered: RenderedState | undefined;

  constructor(
    private readonly workspace: ReleaseWorkspace,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.renderedEmitter,
      workspace.onDidChange(() => this.scheduleRender()),
      workspace.onDidChangeState(() => this.scheduleRender()),
    );
  }

  get panel(): vscode.WebviewPanel | undefined {
    return this.panelValue;
  }

  /** The chart last laid out (what the webview shows, or is about to). */
  get chart(): PipelineChart | undefined {
    return this.chartValue;
  }

  get version(): number {
    return this.versionValue;
  }

  get colorBy(): ColorBy {
    return this.colorByValue;
  }

  /** Opens the chart, or reveals it where it is. */
  async show(): Promise<vscode.WebviewPanel> {
    void this.workspace.ensureStarted();
    if (this.panelValue) {
      this.panelValue.reveal();
      return this.panelValue;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(PIPELINE_VIEW_TYPE, 'Pipeline', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'release-lens.svg');
    this.panelValue = panel;
    this.isReady = false;
    this.panelDisposables = [
      panel.onDidDispose(() => this.onPanelDisposed()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.handleMessage(m)),
      // A hidden webview loses its page (no retainContextWhenHidden): it is ready again, and drawn
      // again, when its reloaded page says so.
      panel.onDidChangeViewState((e) => {
        if (!e.webviewPanel.visible) this.isReady = false;
      }),
    ];
    panel.webview.html = this.html(panel.webview);
    return panel;
  }

  /** Resolves once the webview has loaded and told us its width and theme. */
  whenReady(timeoutMs = READY_TIMEOUT_MS): Promise<void> {
    if (this.isReady) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the pipeline chart did not load')), timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private onPanelDisposed(): void {
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
    this.panelValue = undefined;
    this.isReady = false;
    this.rendered = undefined;
    this.chartValue = undefined;
    for (const { reject } of this.pngRequests.values()) reject(new Error('the pipeline chart was closed'));
    this.pngRequests.clear();
  }

  /**
   * Acts on one message from the webview. Anything that does not match the schema is logged and
   * ignored. Resolves to whether the message was accepted.
   */
  async handleMessage(raw: unknown): Promise<boolean> {
    const parsed = schemas().messageSchema.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`Pipeline chart: ignored an invalid message (${describeInvalid(raw)})`);
      return false;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'ready':
        this.width = message.width;
        this.webviewTheme = message.theme;
        this.isReady = true;
        for (const resolve of this.readyWaiters.splice(0)) resolve();
        this.render();
        return true;
      case 'resize':
        if (Math.abs(message.width - this.width) >= 1) {
          this.width = message.width;
          this.scheduleRender();
        }
        return true;
      case 'theme':
        this.webviewTheme = message.theme;
        this.render();
        return true;
      case 'colorBy':
        this.colorByValue = message.value;
        this.render();
        return true;
      case 'open':
        return this.open(message.id);
      case 'save':
        if (message.format === 'svg') await this.saveSvg();
        else await this.savePng();
        return true;
      case 'png': {
        const request = this.pngRequests.get(message.requestId);
        if (!request) return false;
        this.pngRequests.delete(message.requestId);
        if (message.data && isPng(message.data)) request.resolve(message.data);
        else request.reject(new Error(message.error ?? 'the chart did not return a PNG image'));
        return true;
      }
      case 'rendered':
        this.rendered = { version: message.version, rows: message.rows, marks: message.marks };
        this.renderedEmitter.fire(this.rendered);
        return true;
      case 'rescan':
        void this.workspace.rescan();
        return true;
    }
  }

  /** Opens what a row or mark points at: a program's newest release at its first mention, or a milestone's sentence. */
  private async open(id: string): Promise<boolean> {
    const chart = this.chartValue;
    const target: ChartLocation | undefined = id.startsWith('r') ? chart?.rows.find((r) => r.id === id)?.location : chart?.marks.find((m) => m.id === id)?.location;
    if (!target) return false;
    try {
      await showSpanBeside(target);
      return true;
    } catch (e) {
      this.log.error(`Pipeline chart: could not open ${target.file}: ${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage(`Release Lens: could not open ${vscode.workspace.asRelativePath(uriOf(target.file))}.`);
      return false;
    }
  }

  private theme(): ChartTheme {
    const kind = this.webviewTheme?.kind ?? themeKindOf(vscode.window.activeColorTheme.kind);
    const base = defaultTheme(kind);
    const t = this.webviewTheme;
    if (!t) return base;
    const theme: ChartTheme = {
      kind,
      background: t.background ?? base.background,
      foreground: t.foreground ?? base.foreground,
      muted: t.muted ?? base.muted,
      grid: t.grid ?? base.grid,
      fontFamily: t.fontFamily || base.fontFamily,
      fontSize: t.fontSize ?? base.fontSize,
      marks: { ...base.marks, ...definedOnly(t.marks ?? {}) },
    };
    const border = t.border ?? base.border;
    if (border) theme.border = border;
    return theme;
  }

  /** Lays the chart out from the index as it is now. */
  layout(): PipelineChart {
    const index = this.workspace.index;
    const issuers = new Map<string, string>();
    for (const r of index.releases()) if (r.issuer) issuers.set(r.file, r.issuer);
    return layoutPipeline({ programs: index.programs(), milestones: index.milestones(), colorBy: this.colorByValue, theme: this.theme(), width: this.width, issuers });
  }

  /** What the user sees, when the chart is open and up to date; otherwise the chart laid out now. */
  private shownChart(): PipelineChart {
    return this.chartValue && this.panelValue?.visible && !this.renderTimer ? this.chartValue : this.layout();
  }

  private scheduleRender(): void {
    if (!this.panelValue) return;
    if (this.renderTimer) clearTimeout(this.renderTimer);
    this.renderTimer = setTimeout(() => {
      this.renderTimer = undefined;
      this.render();
    }, RENDER_DEBOUNCE_MS);
  }

  /** Lays the chart out and posts it to the webview; a hidden chart is drawn when it is shown again. */
  render(): void {
    const panel = this.panelValue;
    if (!panel || !this.isReady || !panel.visible) return;
    const chart = this.layout();
    this.chartValue = chart;
    const version = ++this.versionValue;
    void panel.webview.postMessage({
      type: 'render',
      version,
      colorBy: this.colorByValue,
      header: chart.header,
      body: chart.body,
      empty: chart.rows.length === 0,
      status: this.status(chart),
    });
  }

  private status(chart: PipelineChart): string {
    const planned = chart.marks.filter((m) => m.milestone.planned).length;
    const parts = [`${chart.rows.length} program${chart.rows.length === 1 ? '' : 's'}`, `${chart.marks.length} milestone${chart.marks.length === 1 ? '' : 's'}${planned ? ` (${planned} planned)` : ''}`];
    if (chart.payloadsHidden) parts.push(`${chart.payloadsHidden} payload${chart.payloadsHidden === 1 ? '' : 's'} not shown`);
    if (this.workspace.state === 'indexing') parts.push(`indexing… ${this.workspace.index.size} releases so far`);
    return parts.join(' · ');
  }

  /** Saves the chart as a self-contained SVG file: to `target`, or where the user picks. */
  async saveSvg(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    await this.workspace.ensureStarted();
    const chart = this.shownChart();
    const written = await writeExport(new TextEncoder().encode(chart.svg), { target, defaultName: 'pipeline.svg', filters: { 'SVG image': ['svg'] }, title: 'Save Pipeline as SVG' });
    if (written && !target) void vscode.window.showInformationMessage(`Release Lens: saved the pipeline chart to ${vscode.workspace.asRelativePath(written)}.`);
    return written;
  }

  /** Saves the chart as PNG, drawn by the webview from the same SVG: to `target`, or where the user picks. */
  async savePng(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    await this.workspace.ensureStarted();
    const panel = await this.show();
    await this.whenReady();
    const chart = this.shownChart();
    const height = chart.headerHeight + chart.bodyHeight + 50;
    const scale = Math.min(2, MAX_PNG_SIDE / Math.max(chart.width, height));
    const requestId = this.nextPngRequest++;
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pngRequests.delete(requestId);
        reject(new Error('the chart did not answer in time'));
      }, PNG_TIMEOUT_MS);
      this.pngRequests.set(requestId, {
        resolve: (b) => {
          clearTimeout(timer);
          resolve(b);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      void panel.webview.postMessage({ type: 'exportPng', requestId, svg: chart.svg, scale });
    }).catch((e: unknown) => {
      const message = `Release Lens: could not draw the PNG: ${e instanceof Error ? e.message : String(e)}`;
      this.log.error(message);
      void vscode.window.showErrorMessage(message);
      return undefined;
    });
    if (!bytes) return undefined;
    const written = await writeExport(bytes, { target, defaultName: 'pipeline.png', filters: { 'PNG image': ['png'] }, title: 'Save Pipeline as PNG' });
    if (written && !target) void vscode.window.showInformationMessage(`Release Lens: saved the pipeline chart to ${vscode.workspace.asRelativePath(written)}.`);
    return written;
  }

  private html(webview: vscode.Webview): string {
    return webviewPage(webview, vscode.Uri.joinPath(this.extensionUri, 'media'), {
      title: 'Pipeline',
      script: 'pipeline.js',
      style: 'pipeline.css',
      imageSources: ['blob:', 'data:'],
      body: `<header class="toolbar">
  <h1 id="title">Pipeline</h1>
  <span id="status" role="status" aria-live="polite"></span>
  <span class="spacer"></span>
  <span class="group" role="group" aria-label="Colour bars by">
    <span class="caption" aria-hidden="true">Colour by</span>
    <button type="button" class="toggle" data-color-by="target" aria-pressed="true">Target</button>
    <button type="button" class="toggle" data-color-by="company" aria-pressed="false">Company</button>
  </span>
  <button type="button" id="save-svg" title="Save the chart as an SVG file">Save as SVG…</button>
  <button type="button" id="save-png" title="Save the chart as a PNG image">Save as PNG…</button>
</header>
<main id="scroller">
  <div id="chart-header"></div>
  <div id="chart-body" aria-describedby="help"></div>
  <div id="empty" hidden>
    <h2>No programs yet</h2>
    <p>The chart shows the drug programs that the press releases in this workspace mention. Release Lens reads <code>*.release</code> files, and <code>*.txt</code> and <code>*.md</code> files that look like press releases.</p>
    <p>Open a folder of releases, check the <code>releaseLens.include</code> and <code>releaseLens.exclude</code> settings, or scan again.</p>
    <button type="button" id="rescan">Rescan Releases</button>
  </div>
  <p id="help" class="help">Arrow keys move between programs and milestones, Enter opens the release.</p>
</main>`,
    });
  }

  dispose(): void {
    if (this.renderTimer) clearTimeout(this.renderTimer);
    this.panelValue?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function isPng(bytes: Uint8Array): boolean {
  return bytes.length > 33 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function themeKindOf(kind: vscode.ColorThemeKind): ThemeKind {
  switch (kind) {
    case vscode.ColorThemeKind.Light:
      return 'light';
    case vscode.ColorThemeKind.HighContrast:
      return 'high-contrast';
    case vscode.ColorThemeKind.HighContrastLight:
      return 'high-contrast-light';
    default:
      return 'dark';
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function describeInvalid(raw: unknown): string {
  const type = raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type).slice(0, 40) : typeof raw;
  return `type ${JSON.stringify(type)}`;
}

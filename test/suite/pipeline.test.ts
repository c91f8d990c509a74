// The Pipeline chart, driven through the real VS Code API and, where the code-server runner is there,
// through the real keyboard and mouse in the webview (test/suite/ui.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReleaseLensApi } from '../../src/extension/extension';
import { requestScreenshot, screenshotsAvailable } from './screenshot';
import { ui, uiAvailable } from './ui';
import { activateApi, findUri, sleep, waitFor } from './util';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'pipeline');
const QX_FIRST_PATIENT = 'QX-501: first patient dosed, Sep 14, 2030, quillon-qx-501-phase1.release';

describe('Pipeline chart (real VS Code host)', function () {
  this.timeout(90_000);
  let api: ReleaseLensApi;
  const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
  const created: vscode.Uri[] = [];

  /** Waits until the webview has drawn the chart the extension last laid out, and returns that chart. */
  async function drawn(what: string, check: () => boolean = () => true) {
    await waitFor(() => api.pipeline.rendered && api.pipeline.rendered.version === api.pipeline.version && check(), what, 20_000);
    return api.pipeline.chart!;
  }

  /** Programs of the index that the chart shows (payload codes are no pipeline rows). */
  const indexPrograms = () => api.workspace.index.programs().filter((p) => p.modality?.value !== 'payload').map((p) => p.id);

  /** Puts keyboard focus in the chart's page the way a user does: click its title, then Tab to the chart. */
  async function tabIntoChart(): Promise<string> {
    await ui('click', '#title');
    for (let k = 0; k < 10; k++) {
      await ui('press', 'Tab');
      const { focused } = await ui('labels', '[data-id]');
      if (focused && / milestones?$|\.release$/.test(focused)) return focused;
    }
    throw new Error('Tab never reached the chart');
  }

  before(async () => {
    api = await activateApi();
    await waitFor(() => api.workspace.state === 'ready' && api.workspace.index.program('QX-501'), 'index ready', 20_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    api.pipeline.panel?.dispose();
    await vscode.workspace.getConfiguration('releaseLens').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    for (const uri of created) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens with "Release Lens: Show Pipeline", one panel per window, revealed when open', async () => {
    await vscode.commands.executeCommand('releaseLens.showPipeline');
    const panel = await waitFor(() => api.pipeline.panel, 'panel');
    await api.pipeline.whenReady();
    await drawn('first render');
    assert.equal(panel.title, 'Pipeline');
    await vscode.commands.executeCommand('releaseLens.showPipeline');
    assert.equal(api.pipeline.panel, panel, 'the same panel is revealed');
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('releaseLens.pipeline'));
    assert.equal(tabs.length, 1);
  });

  it('has a Content Security Policy with a nonce, no remote resources, and local resources from media/ only', () => {
    const webview = api.pipeline.panel!.webview;
    const html = webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([A-Za-z0-9]{16,})'/.exec(csp)?.[1];
    assert.ok(nonce, `script-src with a nonce: ${csp}`);
    // The only wildcard may be VS Code's own origin for webview resources (webview.cspSource).
    assert.doesNotMatch(csp.split(webview.cspSource).join(''), /unsafe-inline|unsafe-eval|\*|https?:/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    assert.ok(scripts.length >= 1);
    for (const attrs of scripts) assert.match(attrs, new RegExp(`nonce="${nonce}"`));
    // Every URL in the page is a webview resource URI under media/; nothing is fetched from elsewhere.
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(urls.map((u) => u.replace(/^.*\/media\//, 'media/')).sort(), ['media/pipeline.css', 'media/pipeline.js']);
    for (const u of urls) assert.ok(u.includes('/media/') && !/^https?:\/\/(?!.*vscode-(?:cdn|resource))/.test(u), u);
    assert.doesNotMatch(html.replace(/\b(?:src|href)="[^"]+"/g, '').split(webview.cspSource).join(''), /https?:\/\//);
    const roots = (webview.options.localResourceRoots ?? []).map((u) => u.path);
    assert.equal(roots.length, 1);
    assert.match(roots[0]!, /\/media$/);
  });

  it('shows one row per program of the workspace, in the page itself', async () => {
    const chart = await drawn('chart');
    assert.deepEqual(chart.rows.map((r) => r.programId).sort(), indexPrograms().sort());
    for (const id of ['QX-501', 'HLX-204', 'CVB-117', 'NDB-310']) assert.ok(chart.rows.some((r) => r.programId === id), id);
    assert.equal(api.pipeline.rendered!.rows, chart.rows.length);
    if (!uiAvailable()) return;
    const { labels } = await ui('labels', '#chart-body .row');
    assert.deepEqual(labels, chart.rows.map((r) => r.ariaLabel));
    assert.ok(labels!.includes('NDB-310, Approved, 1 milestone'), labels!.join(' | '));
  });

  it('draws a mark for a known milestone: QX-501\'s first patient, dosed on Sep. 14, 2030', async () => {
    const chart = await drawn('chart');
    const mark = chart.marks.find((m) => m.ariaLabel === QX_FIRST_PATIENT);
    assert.ok(mark, chart.marks.map((m) => m.ariaLabel).join('\n'));
    assert.equal(mark.milestone.kind, 'first-patient');
    assert.equal(mark.milestone.planned, false);
    assert.equal(chart.rows[mark.row]!.programId, 'QX-501');
    if (!uiAvailable()) return;
    const { labels } = await ui('labels', '#chart-body .mark');
    assert.ok(labels!.includes(QX_FIRST_PATIENT), labels!.join(' | '));
  });

  it('opens the release at the sentence for a mark and at the first mention for a row, when sent an "open" message', async () => {
    const chart = await drawn('chart');
    const mark = chart.marks.find((m) => m.ariaLabel === QX_FIRST_PATIENT)!;
    assert.equal(await api.pipeline.handleMessage({ type: 'open', id: mark.id }), true);
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('quillon-qx-501-phase1.release') ? vscode.window.activeTextEditor : undefined), 'release opened');
    assert.equal(editor.selection.start.line, 5);
    assert.match(editor.document.getText(editor.selection), /^CAMBRIDGE, Mass\., Sept\. 14, 2030 .*first patient was dosed in QUILL-1.*advanced solid tumors\.$/s);

    const row = chart.rows.find((r) => r.programId === 'QX-501')!;
    assert.equal(await api.pipeline.handleMessage({ type: 'open', id: row.id }), true);
    const newest = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('archive/quillon-zerran-license.txt') ? vscode.window.activeTextEditor : undefined), 'newest release opened');
    assert.equal(newest.selection.start.line, 0);
    assert.equal(newest.document.getText(newest.selection), 'QX-501');

    // Anything else a webview might send is refused before it is acted on.
    for (const bad of [{ type: 'open', id: '../../etc/passwd' }, { type: 'open' }, { type: 'open', id: 'r99999' }, { type: 'save', format: 'exe' }, { type: 'ready', width: 'wide' }, 'open', null, 42]) {
      assert.equal(await api.pipeline.handleMessage(bad), false, JSON.stringify(bad));
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('saves the chart as a self-contained SVG and as a PNG to the file a command is given', async () => {
    await vscode.commands.executeCommand('releaseLens.showPipeline');
    const chart = await drawn('chart');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-save-'));
    try {
      const svgUri = vscode.Uri.file(path.join(dir, 'pipeline.svg'));
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('releaseLens.pipeline.saveSvg', svgUri);
      assert.equal(written?.toString(), svgUri.toString());
      const svg = fs.readFileSync(svgUri.fsPath, 'utf8');
      assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'), svg.slice(0, 80));
      assert.ok(svg.trimEnd().endsWith('</svg>'));
      assert.doesNotMatch(svg, /var\(--|href=|url\(/);
      for (const r of chart.rows) assert.ok(svg.includes(`aria-label="${r.ariaLabel}"`), r.ariaLabel);
      // Colours are the ones the webview reported for the theme, written out.
      assert.match(svg, /<rect width="\d+" height="\d+" fill="#[0-9a-f]{6}"\/>/);

      const pngUri = vscode.Uri.file(path.join(dir, 'pipeline.png'));
      await vscode.commands.executeCommand('releaseLens.pipeline.savePng', pngUri);
      const png = fs.readFileSync(pngUri.fsPath);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      const svgWidth = Number(/<svg [^>]*width="(\d+)"/.exec(svg)![1]);
      assert.ok(svgWidth >= chart.width - 200 && svgWidth <= chart.width + 200, `${svgWidth} vs ${chart.width}`);
      assert.equal(width, svgWidth * 2, 'drawn at twice the size of the chart');
      assert.ok(height > chart.bodyHeight, `height ${height}`);
      assert.ok(png.length > 5_000, `${png.length} bytes`);
      // Kept next to the screenshots, to look at what a user gets.
      const shots = process.env.RELEASE_LENS_SCREENSHOT_DIR;
      if (shots) {
        fs.copyFileSync(pngUri.fsPath, path.join(shots, 'pipeline-saved.png'));
        fs.copyFileSync(svgUri.fsPath, path.join(shots, 'pipeline-saved.svg'));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('updates live when a release is written into the workspace', async () => {
    await drawn('chart');
    const before = api.pipeline.version;
    const uri = vscode.Uri.joinPath(folder(), 'pipeline-live', 'lumora-lm-4410.release');
    created.push(vscode.Uri.joinPath(folder(), 'pipeline-live'));
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode(
        'Lumora Bio Receives Fast Track Designation for LM-4410\n\nDENVER, Jan. 6, 2032 -- Lumora Bio, Inc. (Nasdaq: LMRA), a fictional company, today announced that the FDA granted Fast Track designation to LM-4410, an anti-TROP2 antibody-drug conjugate in a Phase 2 trial.\n',
      ),
    );
    const chart = await drawn('the new program drawn', () => !!api.pipeline.chart?.rows.some((r) => r.programId === 'LM-4410'));
    assert.ok(api.pipeline.version > before);
    assert.ok(chart.marks.some((m) => m.ariaLabel === 'LM-4410: Fast Track designation, Jan 6, 2032, lumora-lm-4410.release'));
    if (uiAvailable()) {
      const { labels } = await ui('labels', '#chart-body .row');
      assert.ok(labels!.includes('LM-4410, Phase 2, 1 milestone'), labels!.join(' | '));
    }
    await vscode.workspace.fs.delete(uri);
    await drawn('the program gone again', () => !api.pipeline.chart?.rows.some((r) => r.programId === 'LM-4410'));
  });

  it('draws again when shown after being hidden behind another editor', async () => {
    await vscode.commands.executeCommand('releaseLens.showPipeline');
    await drawn('chart');
    const panel = api.pipeline.panel!;
    const notes = await vscode.workspace.openTextDocument(await findUri('**/notes.txt'));
    await vscode.window.showTextDocument(notes, { viewColumn: panel.viewColumn, preview: false });
    await waitFor(() => !panel.visible, 'chart hidden');
    const before = api.pipeline.version;
    await vscode.commands.executeCommand('releaseLens.showPipeline');
    assert.equal(api.pipeline.panel, panel);
    await drawn('chart drawn again', () => api.pipeline.version > before);
    assert.equal(api.pipeline.rendered!.rows, api.pipeline.chart!.rows.length);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('keyboard only: Tab into the chart, arrow keys to a mark, Enter opens its release', async function () {
    if (!uiAvailable()) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('releaseLens.showPipeline');
    const chart = await drawn('chart');
    const first = await tabIntoChart();
    assert.equal(first, chart.rows[0]!.ariaLabel, 'Tab lands on the first row');
    const qx = chart.rows.findIndex((r) => r.programId === 'QX-501');
    for (let k = 0; k < qx; k++) await ui('press', 'ArrowDown');
    assert.equal((await ui('labels', '[data-id]')).focused, chart.rows[qx]!.ariaLabel);
    await ui('press', 'ArrowRight');
    assert.equal((await ui('labels', '[data-id]')).focused, QX_FIRST_PATIENT);
    await ui('press', 'ArrowUp');
    assert.notEqual((await ui('labels', '[data-id]')).focused, QX_FIRST_PATIENT, 'ArrowUp leaves the row');
    await ui('press', 'ArrowDown');
    assert.match((await ui('labels', '[data-id]')).focused ?? '', /^QX-501: /, 'ArrowDown comes back to a mark of the row');
    await ui('press', 'Home');
    assert.equal((await ui('labels', '[data-id]')).focused, QX_FIRST_PATIENT, 'Home goes to the first mark of the row');
    await requestScreenshot('pipeline-keyboard-focus');
    await ui('press', 'Enter');
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('quillon-qx-501-phase1.release') ? vscode.window.activeTextEditor : undefined), 'Enter opened the release', 15_000);
    assert.equal(editor.selection.start.line, 5);
    assert.match(editor.document.getText(editor.selection), /^CAMBRIDGE, Mass\., Sept\. 14, 2030/);
  });

  it('follows the theme: Dark Modern, Light Modern and High Contrast (screenshots with focus on a mark)', async function () {
    // A richer workspace for the pictures: fictional releases of five companies, copied in for this test.
    const showcase = vscode.Uri.joinPath(folder(), 'pipeline-showcase');
    created.push(showcase);
    for (const name of fs.readdirSync(FIXTURES)) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(showcase, name), fs.readFileSync(path.join(FIXTURES, name)));
    }
    await waitFor(() => api.workspace.index.program('BW-127') && api.workspace.index.program('EL-2330'), 'showcase indexed', 20_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('releaseLens.showPipeline');
    await drawn('showcase drawn', () => !!api.pipeline.chart?.rows.some((r) => r.programId === 'EL-2330'));
    const workbench = vscode.workspace.getConfiguration('workbench');
    const themes: [string, string, string][] = [
      ['Default Dark Modern', 'dark', 'pipeline-dark'],
      ['Default Light Modern', 'light', 'pipeline-light'],
      ['Default High Contrast', 'high-contrast', 'pipeline-high-contrast'],
    ];
    const backgrounds = new Set<string>();
    for (const [theme, kind, shot] of themes) {
      const version = api.pipeline.version;
      await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      // The webview reports the new colours; the chart is laid out again with them.
      const chart = await drawn(`${theme} drawn`, () => api.pipeline.version > version && api.pipeline.chart!.svg.includes(`role="img"`) && themeKindOf(api.pipeline.chart!.svg) === kind);
      const background = /<rect width="\d+" height="\d+" fill="(#[0-9a-f]{6})"\/>/.exec(chart.svg)![1]!;
      backgrounds.add(background);
      if (uiAvailable()) {
        await tabIntoChart();
        const bw = chart.rows.findIndex((r) => r.programId === 'BW-127');
        await ui('press', 'Control+Home');
        for (let k = 0; k < bw; k++) await ui('press', 'ArrowDown');
        await ui('press', 'ArrowRight');
        await ui('press', 'ArrowRight');
        const { focused } = await ui('labels', '[data-id]');
        assert.match(focused ?? '', /^BW-127: /);
      }
      if (screenshotsAvailable()) {
        await sleep(300);
        await requestScreenshot(shot);
      }
    }
    assert.equal(backgrounds.size, 3, `three different backgrounds: ${[...backgrounds].join(', ')}`);
    await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
  });

  it('switches the colouring between target and company from the chart', async () => {
    await vscode.commands.executeCommand('releaseLens.showPipeline');
    await drawn('chart');
    if (uiAvailable()) await ui('click', 'button[data-color-by="company"]');
    else await api.pipeline.handleMessage({ type: 'colorBy', value: 'company' });
    const byCompany = await drawn('coloured by company', () => api.pipeline.colorBy === 'company');
    assert.match(byCompany.header, />Company</);
    assert.ok(byCompany.legend.some((e) => e.key === 'Brightwater Oncology'), byCompany.legend.map((e) => e.key).join(', '));
    if (screenshotsAvailable()) await requestScreenshot('pipeline-by-company');
    await api.pipeline.handleMessage({ type: 'colorBy', value: 'target' });
    await drawn('coloured by target', () => api.pipeline.colorBy === 'target');
  });

  it('keeps 120 programs readable: rows scroll under a sticky axis (screenshot)', async function () {
    const many = vscode.Uri.joinPath(folder(), 'pipeline-many');
    created.push(many);
    const edit = new vscode.WorkspaceEdit();
    for (let k = 0; k < 120; k++) {
      const code = `MN-${1000 + k}`;
      const text = `Meridel Bio Doses First Patient with ${code}\n\nLYON, France, ${['March', 'June', 'Sept.', 'Dec.'][k % 4]} ${1 + (k % 27)}, ${2026 + (k % 6)} -- Meridel Bio SA, a fictional company, today announced that the first patient was dosed in a Phase ${1 + (k % 3)} trial of ${code}, an anti-${['HER2', 'TROP2', 'CD19', 'BCMA', 'B7-H3'][k % 5]} antibody-drug conjugate. Topline data for ${code} are expected in the ${['first', 'second'][k % 2]} half of ${2032 + (k % 3)}.\n`;
      edit.createFile(vscode.Uri.joinPath(many, `mn-${k}.release`), { contents: new TextEncoder().encode(text) });
    }
    await vscode.workspace.applyEdit(edit);
    await waitFor(() => api.workspace.index.program('MN-1119') && api.workspace.index.program('MN-1000'), '120 programs indexed', 30_000);
    await vscode.commands.executeCommand('releaseLens.showPipeline');
    const chart = await drawn('120 more rows drawn', () => (api.pipeline.chart?.rows.length ?? 0) >= 120 && api.pipeline.rendered!.rows >= 120);
    assert.ok(chart.rows.length >= 120);
    if (!uiAvailable()) return;
    await tabIntoChart();
    await ui('press', 'Control+Home');
    for (let k = 0; k < 6; k++) await ui('press', 'PageDown');
    const { focused } = await ui('labels', '[data-id]');
    assert.equal(focused, chart.rows[60]!.ariaLabel, 'six pages of ten rows down');
    await requestScreenshot('pipeline-many-scrolled');

    // A live update that adds a row above keeps the scroll position and the focused program.
    const scrolled = (await ui('labels', '#scroller')).scrollTops![0]!;
    assert.ok(scrolled > 1000, `scrolled to ${scrolled}`);
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(many, 'mn-new.release'),
      new TextEncoder().encode('Meridel Bio Starts Phase 3 Trial of MN-1200\n\nLYON, France, Jan. 5, 2033 -- Meridel Bio SA, a fictional company, today announced the start of a Phase 3 trial of MN-1200, an anti-HER2 antibody-drug conjugate.\n'),
    );
    const updated = await drawn('the new row drawn', () => !!api.pipeline.chart?.rows.some((r) => r.programId === 'MN-1200'));
    const after = await ui('labels', '#scroller');
    assert.equal(after.focused, updated.rows.find((r) => r.programId === chart.rows[60]!.programId)!.ariaLabel, 'focus stays on the same program');
    assert.ok(Math.abs(after.scrollTops![0]! - scrolled) < 40, `scroll position kept: ${scrolled} → ${after.scrollTops![0]}`);
  });

  it('says what to do when the workspace has no releases (screenshot)', async () => {
    const section = vscode.workspace.getConfiguration('releaseLens');
    await section.update('exclude', ['**'], vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.workspace.state === 'ready' && api.workspace.index.size === 0, 'index emptied', 20_000);
    const chart = await drawn('empty chart', () => api.pipeline.chart?.rows.length === 0);
    assert.match(chart.body, /No programs yet/);
    if (uiAvailable()) {
      const { labels } = await ui('labels', '#empty:not([hidden]) #rescan');
      assert.equal(labels!.length, 1, 'the empty state with its Rescan button is shown');
      await requestScreenshot('pipeline-empty');
    }
    await section.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.workspace.state === 'ready' && api.workspace.index.program('QX-501'), 'index back', 30_000);
    await drawn('rows back', () => (api.pipeline.chart?.rows.length ?? 0) > 0);
  });
});

/** The theme kind a saved SVG was drawn for, from its background colour. */
function themeKindOf(svg: string): string {
  const background = /<rect width="\d+" height="\d+" fill="(#[0-9a-f]{6})"\/>/.exec(svg)?.[1] ?? '';
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  if (background === '#000000') return 'high-contrast';
  return r! + g! + b! > 384 ? 'light' : 'dark';
}

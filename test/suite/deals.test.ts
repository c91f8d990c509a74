// The deals table and the exports, driven through the real VS Code API in a real extension host.
// The webview reports what it drew (`rendered`: row keys in screen order and the header's aria-sort),
// so these tests check the screen, not only the extension's state.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { dealRows, dealsCsv, type DealRow } from '../../src/core/exports';
import type { ReleaseLensApi } from '../../src/extension/extension';
import type { DealsRendered } from '../../src/extension/views/dealsPanel';
import { labelOf } from '../../src/extension/uris';
import { requestScreenshot, screenshotsAvailable } from './screenshot';
import { activateApi, sleep, waitFor } from './util';

describe('Deals table and exports (real VS Code host)', function () {
  this.timeout(60_000);
  let api: ReleaseLensApi;
  let tmp: string;

  const rendered = () => api.deals.lastRendered;
  const rowOf = (pred: (r: DealRow) => boolean) => {
    const row = api.deals.shownRows().find(pred);
    assert.ok(row, 'row not shown');
    return row;
  };
  const keysOf = (pred: (r: DealRow) => boolean) => api.deals.shownRows().filter(pred).map((r) => api.deals.keyOf(r));
  /** Waits until the webview has drawn exactly `keys`, in that order. */
  const waitForScreen = (keys: string[], what: string, extra: (r: DealsRendered) => boolean = () => true) =>
    waitFor(() => {
      const r = rendered();
      return r && r.keys.length === keys.length && r.keys.every((k, i) => k === keys[i]) && extra(r);
    }, what, 20_000);

  before(async () => {
    api = await activateApi();
    await waitFor(() => api.workspace.state === 'ready', 'index ready');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-lens-export-'));
  });

  after(async () => {
    api.deals.close();
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('opens with a CSP nonce, local scripts and styles, and one row per transaction of the fixtures', async function () {
    await vscode.commands.executeCommand('releaseLens.showDeals');
    const html = api.deals.webviewHtml;
    assert.ok(html, 'panel not open');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'no CSP');
    assert.match(csp, /^default-src 'none';/);
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]{16,})'/.exec(csp)?.[1];
    assert.ok(nonce, `no script nonce in ${csp}`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0]!.includes(`nonce="${nonce}"`), 'the script carries the nonce');
    assert.match(scripts[0]!, /src="[^"]+\/media\/deals\.js"/);
    assert.match(html, /<link rel="stylesheet" href="[^"]+\/media\/deals\.css">/);
    assert.doesNotMatch(html.replace(csp, ''), /(?:src|href)="https?:\/\/(?!.*\/media\/deals\.)/, 'no remote resources');
    // Headers are buttons, and the sorted one says so.
    assert.equal([...html.matchAll(/<th scope="col" data-column="(\w+)" aria-sort="none"><button type="button"/g)].length, 7);

    // The rows on screen are the index's transactions: the two licence releases of the fixtures.
    const expected = api.deals.shownRows().map((r) => api.deals.keyOf(r));
    await waitForScreen(expected, 'the webview to draw the rows', (r) => r.column === 'date' && r.ariaSort === 'descending');
    assert.equal(expected.length, api.workspace.index.transactions().length);
    const summary = api.deals
      .shownRows()
      .map((r) => `${r.kind}|${r.amountLabel ?? ''}|${r.program ?? ''}|${r.file.split('/').pop()}`)
      .sort();
    assert.deepEqual(summary, [
      'license||CVB-117|corvanta-licensing-deal.release',
      'license||QX-501|quillon-zerran-license.txt',
      'milestone|$620M|CVB-117|corvanta-licensing-deal.release',
      'milestone|$900M|QX-501|quillon-zerran-license.txt',
      'royalty||CVB-117|corvanta-licensing-deal.release',
      'upfront|$35M|CVB-117|corvanta-licensing-deal.release',
      'upfront|$40M|QX-501|quillon-zerran-license.txt',
    ]);
    const license = rowOf((r) => r.kind === 'license' && r.program === 'QX-501');
    assert.deepEqual(license.parties, [
      { name: 'Zerran Pharma', role: 'licensee' },
      { name: 'Quillon Biosciences', role: 'licensor' },
    ]);

    if (!screenshotsAvailable()) this.skip();
    // Beside the Programs view, whose title shows the "Show Deals" button.
    const workbench = vscode.workspace.getConfiguration('workbench');
    await workbench.update('view.alwaysShowHeaderActions', true, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.view.extension.releaseLens');
    await api.deals.show();
    // Other suites' notifications (a broken catalog's) would cover the table.
    await vscode.commands.executeCommand('notifications.clearAll');
    try {
      for (const theme of ['Default Dark Modern', 'Default Light Modern']) {
        await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        await sleep(1500);
        const shot = await requestScreenshot(`deals-${theme.toLowerCase().replace(/^default\s+/, '').replace(/\s+/g, '-')}`);
        assert.ok(shot, 'the runner did not write the screenshot');
      }
    } finally {
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
      await workbench.update('view.alwaysShowHeaderActions', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.view.explorer');
    }
  });

  it('re-orders the rows on screen when a header asks to sort, and filters', async () => {
    await api.deals.show();
    await api.deals.handleMessage({ type: 'sort', column: 'amount', direction: 'descending' });
    const byAmount = ['$900M', '$620M', '$40M', '$35M'];
    await waitFor(() => rendered()?.column === 'amount' && rendered()?.ariaSort === 'descending', 'aria-sort descending on Amount');
    const labels = () => rendered()!.keys.map((k) => api.deals.shownRows().find((r) => api.deals.keyOf(r) === k)?.amountLabel ?? null);
    assert.deepEqual(labels().slice(0, 4), byAmount);
    assert.deepEqual(labels().slice(4), [null, null, null], 'rows without an amount last');

    // The same header again flips the direction.
    await api.deals.handleMessage({ type: 'sort', column: 'amount' });
    await waitFor(() => rendered()?.ariaSort === 'ascending', 'aria-sort ascending');
    assert.deepEqual(labels().slice(0, 4), [...byAmount].reverse());

    await api.deals.handleMessage({ type: 'filter', text: 'zerran' });
    await waitForScreen(keysOf((r) => r.file.endsWith('quillon-zerran-license.txt')), 'only the Zerran deals');
    assert.equal(rendered()!.keys.length, 3);
    await api.deals.handleMessage({ type: 'filter', text: '' });
    await waitFor(() => rendered()?.keys.length === 7, 'all rows back');

    // Messages that are not ours change nothing.
    await api.deals.handleMessage({ type: 'sort', column: 'nonsense' });
    await api.deals.handleMessage({ type: 'open', key: 42 });
    await api.deals.handleMessage('hello');
    assert.equal(api.deals.currentSort.column, 'amount');
  });

  it('opens the release at the sentence of the deal', async () => {
    const row = rowOf((r) => r.kind === 'milestone' && r.amount === 900_000_000);
    await api.deals.handleMessage({ type: 'open', key: api.deals.keyOf(row) });
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith('/archive/quillon-zerran-license.txt') ? e : undefined;
    }, 'the release to open');
    assert.equal(editor.selection.start.line, row.line - 1);
    const selected = editor.document.getText(editor.selection);
    assert.match(selected, /^Under the agreement, Zerran paid a \$40 million upfront payment for QX-501 and Quillon is eligible for up to \$900 million in milestones\.$/);
    if (screenshotsAvailable()) assert.ok(await requestScreenshot('deals-open-sentence'), 'the runner did not write the screenshot');
  });

  it('exports deals and programs to the file given, as CSV and JSON matching the index, and never over a release', async () => {
    const index = api.workspace.index;
    const csvUri = vscode.Uri.file(path.join(tmp, 'deals.csv'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('releaseLens.exportDeals', csvUri);
    assert.equal(written?.toString(), csvUri.toString());
    const csv = fs.readFileSync(csvUri.fsPath, 'utf8');
    assert.equal(csv, dealsCsv(dealRows(index, { fileLabel: labelOf })));
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'date,kind,financing,parties,program,amount,currency,amount_text,status,file,line,release');
    assert.equal(lines.length, index.transactions().length + 2);
    assert.ok(lines.some((l) => l.startsWith('2031-02-02,milestone,,') && l.includes(',QX-501,900000000,USD,$900 million,expected,archive/quillon-zerran-license.txt,5,')), csv);

    const jsonUri = vscode.Uri.file(path.join(tmp, 'deals.json'));
    await vscode.commands.executeCommand('releaseLens.exportDeals', jsonUri);
    const deals = JSON.parse(fs.readFileSync(jsonUri.fsPath, 'utf8'));
    assert.equal(deals.version, 1);
    assert.equal(deals.kind, 'deals');
    assert.equal(deals.deals.length, index.transactions().length);

    const programsUri = vscode.Uri.file(path.join(tmp, 'programs.json'));
    await vscode.commands.executeCommand('releaseLens.exportPrograms', programsUri);
    const programs = JSON.parse(fs.readFileSync(programsUri.fsPath, 'utf8'));
    assert.equal(programs.kind, 'programs');
    assert.equal(programs.programs.length, index.programs().length);
    const qx = programs.programs.find((p: { id: string }) => p.id === 'QX-501');
    assert.ok(qx.aliases.includes('ZR-77'));
    assert.deepEqual([qx.phase, qx.releaseCount, qx.firstMentioned, qx.lastMentioned], ['2', 2, '2030-09-14', '2031-02-02']);
    assert.deepEqual(qx.phaseSource, { file: 'archive/quillon-zerran-license.txt', line: 1 });
    const programsCsvUri = vscode.Uri.file(path.join(tmp, 'programs.csv'));
    await vscode.commands.executeCommand('releaseLens.exportPrograms', programsCsvUri);
    assert.match(fs.readFileSync(programsCsvUri.fsPath, 'utf8'), /^id,aliases,target,modality,payload,phase,phase_date,phase_source,indications,companies,release_count,first_mentioned,last_mentioned\r\n/);

    // Only .csv and .json, and never a release the index holds.
    const release = index.releases().find((r) => r.file.endsWith('.release'))!;
    const before = fs.readFileSync(vscode.Uri.parse(release.file).fsPath, 'utf8');
    assert.equal(await vscode.commands.executeCommand('releaseLens.exportDeals', vscode.Uri.parse(release.file)), undefined);
    assert.equal(fs.readFileSync(vscode.Uri.parse(release.file).fsPath, 'utf8'), before);
    assert.equal(await vscode.commands.executeCommand('releaseLens.exportDeals', vscode.Uri.file(path.join(tmp, 'deals.txt'))), undefined);
    assert.ok(!fs.existsSync(path.join(tmp, 'deals.txt')));

    // The panel's Export CSV keeps the filter and order on screen.
    await api.deals.handleMessage({ type: 'filter', text: 'corvanta' });
    const shown = api.deals.shownRows().length;
    const panelUri = await api.deals.exportShown(vscode.Uri.file(path.join(tmp, 'shown.csv')));
    assert.ok(panelUri);
    assert.equal(fs.readFileSync(panelUri.fsPath, 'utf8').split('\r\n').length, shown + 2);
    assert.equal(shown, 4);
    await api.deals.handleMessage({ type: 'filter', text: '' });
    // The "exported … Open" messages would cover later screenshots.
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('updates live when a release is written into the workspace, and when it goes', async () => {
    await api.deals.show();
    await api.deals.handleMessage({ type: 'sort', column: 'date', direction: 'descending' });
    await waitFor(() => rendered()?.column === 'date' && rendered()?.keys.length === 7, 'the table before');
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'live-deals', 'veltra-offering.release');
    const text = `Veltra Therapeutics Announces Closing of $60 Million Registered Direct Offering

BOSTON, March 2, 2032 (GLOBE NEWSWIRE) -- Veltra Therapeutics, Inc. (Nasdaq: VLTR) today announced the closing of its registered direct offering. The gross proceeds to Veltra were $60 million. Marlow Brothers Securities acted as exclusive placement agent for the offering.
`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await waitFor(() => rendered()?.keys.length === 8, 'the new deal on screen', 20_000);
      const first = api.deals.shownRows()[0]!;
      assert.equal(rendered()!.keys[0], api.deals.keyOf(first), 'newest first');
      assert.deepEqual([first.kind, first.financing, first.amountLabel, first.status, first.date], ['financing', 'registered direct', '$60M', 'completed', '2032-03-02']);
      assert.deepEqual(first.parties, [
        { name: 'Veltra Therapeutics', role: 'issuer' },
        { name: 'Marlow Brothers Securities', role: 'underwriter' },
      ]);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
    await waitFor(() => rendered()?.keys.length === 7, 'the deal gone with its release', 20_000);
  });
});

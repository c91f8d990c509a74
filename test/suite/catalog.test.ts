// The workspace catalog in a real VS Code host: a `.release-lens.json` written into the test
// workspace (with vscode.workspace.fs) pins aliases, facts and a code pattern for two releases the
// suite adds; hovers show the pinned facts marked as the catalog's, problems are reported once and
// as diagnostics, the JSON schema drives completion, and edits apply live. Everything written is
// deleted again and the suite waits until the index is back to the fixtures alone.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseLensApi } from '../../src/extension/extension';
import type { IndexState } from '../../src/extension/releaseWorkspace';
import { requestScreenshot, screenshotsAvailable } from './screenshot';
import { activateApi, hoverText, positionOf, sleep, waitFor } from './util';

const RELEASE_ONE = `Tessaro Bio Doses First Patient in Phase 1 Trial of TB47QK

BOSTON, April 8, 2032 (GLOBE NEWSWIRE) -- Tessaro Bio, Inc. (Nasdaq: TSRB), a fictional
biotechnology company, today announced that the first patient was dosed in a Phase 1 trial of
TB47QK in patients with advanced gastric cancer. Tumor response is read on the GX-200 imaging
platform.

About TB47QK
TB47QK is an investigational antibody-drug conjugate. All names, codes and figures are invented.
`;

const RELEASE_TWO = `Tessaro Bio Presents Preclinical Data for Lorvatamab

BOSTON, June 2, 2032 (GLOBE NEWSWIRE) -- Tessaro Bio, Inc. (Nasdaq: TSRB), a fictional
biotechnology company, today presented new preclinical data for lorvatamab at a scientific
meeting.

All names, codes and figures in this release are invented for testing.
`;

/** The catalog, with one refused pattern; `target` and the patterns vary per step. */
function catalogText(target: string, patterns = ['TB\\d{2}[A-Z]{2}', '(?<=x)y'], extraEntry?: object): string {
  const programs: object[] = [
    {
      code: 'TB47QK',
      aliases: ['lorvatamab'],
      target,
      payload: 'PBD',
      company: 'Tessaro Bio',
      indications: ['pancreatic cancer'],
    },
  ];
  if (extraEntry) programs.push(extraEntry);
  return `${JSON.stringify({ programs, codePatterns: patterns, ignore: ['GX-200'] }, null, 2)}\n`;
}

/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const PATTERN_PROBLEM = '"(?<=x)y" has a lookbehind, which code patterns do not support; ignored';

describe('Catalog (real VS Code host)', function () {
  this.timeout(90_000);
  let api: ReleaseLensApi;
  let folder: vscode.Uri;
  let catalogUri: vscode.Uri;
  let oneUri: vscode.Uri;
  let twoUri: vscode.Uri;
  const reports: string[][] = [];
  const states: IndexState[] = [];
  const subscriptions: vscode.Disposable[] = [];
  let programsBefore: string[] = [];
  const encoder = new TextEncoder();

  const write = async (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  const hoverAt = async (doc: vscode.TextDocument, needle: string, nth = 0) =>
    hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, nth)));
  const ownDiagnostics = () => vscode.languages.getDiagnostics(catalogUri).filter((d) => d.source === 'Release Lens');
  const program = (name: string) => api.workspace.index.program(name);
  // A release read from disk keeps its programs' mentions, not a list of every mention; drug codes
  // are those with a digit (the generic names in these fixtures have none).
  const codesIn = (uri: vscode.Uri) =>
    api.workspace.index.get(uri.toString())?.programs.flatMap((p) => p.mentions).filter((m) => /\d/.test(m.text)).sort((a, b) => a.offset - b.offset).map((m) => m.text) ?? [];

  before(async () => {
    api = await activateApi();
    folder = vscode.workspace.workspaceFolders![0]!.uri;
    catalogUri = vscode.Uri.joinPath(folder, '.release-lens.json');
    oneUri = vscode.Uri.joinPath(folder, 'catalog-test', 'tessaro-tb47qk-phase1.release');
    twoUri = vscode.Uri.joinPath(folder, 'catalog-test', 'tessaro-lorvatamab-update.release');
    programsBefore = api.workspace.index.programs().map((p) => p.id).sort();
    subscriptions.push(
      api.catalog.onDidReportProblems((lines) => reports.push(lines)),
      api.workspace.onDidChangeState((s) => states.push(s)),
    );
    await write(oneUri, RELEASE_ONE);
    await write(twoUri, RELEASE_TWO);
    await waitFor(() => api.workspace.index.has(oneUri.toString()) && program('lorvatamab'), 'the new releases indexed', 20_000);
    // Before the catalog: no pattern finds TB47QK, and nothing joins lorvatamab to it.
    assert.equal(program('TB47QK'), undefined);
    assert.deepEqual(codesIn(oneUri), ['GX-200']);
    await write(catalogUri, catalogText('CLDN18.2'));
    await waitFor(() => program('TB47QK')?.target?.value === 'CLDN18.2' && api.workspace.state === 'ready', 'the catalog applied', 30_000);
  });

  after(async () => {
    for (const s of subscriptions) s.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [catalogUri, vscode.Uri.joinPath(folder, 'catalog-test')]) {
      try {
        await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
      } catch {
        // already gone
      }
    }
    await waitFor(() => api.catalog.files.length === 0 && api.catalog.current.programs.length === 0, 'the catalog gone', 20_000);
    await waitFor(
      () => api.workspace.state === 'ready' && api.workspace.index.programs().map((p) => p.id).sort().join() === programsBefore.join(),
      'the index back to the fixtures',
      30_000,
    );
    assert.deepEqual(ownDiagnostics(), []);
  });

  it('recognizes a code by the catalog pattern and joins the pinned alias to its program', async () => {
    const one = await vscode.workspace.openTextDocument(oneUri);
    const two = await vscode.workspace.openTextDocument(twoUri);
    assert.deepEqual(codesIn(oneUri), ['TB47QK', 'TB47QK', 'TB47QK', 'TB47QK'], 'TB47QK found, GX-200 ignored');
    const p = program('lorvatamab');
    assert.equal(p?.id, 'TB47QK');
    assert.deepEqual([...p.releases].sort(), [oneUri.toString(), twoUri.toString()].sort());
    // Hovering the alias in the other release shows the same program.
    const onAlias = await hoverAt(two, 'lorvatamab at');
    assert.match(onAlias, /### TB47QK/);
    assert.match(onAlias, /Mentioned in 2 releases/);
    assert.match(await hoverAt(one, 'TB47QK in patients'), /### TB47QK/);
  });

  it('shows pinned facts in the hover marked as the catalog\'s, with a link to the catalog line', async () => {
    const one = await vscode.workspace.openTextDocument(oneUri);
    const text = await hoverAt(one, 'TB47QK in patients');
    const targetLine = lineOf(catalogText('CLDN18.2'), '"target"');
    const link = `command:releaseLens.openLocation?${encodeURIComponent(JSON.stringify([catalogUri.toString(), targetLine, 1]))}`;
    assert.ok(text.includes(`**Target:** CLDN18\\.2 — *catalog* · [\\.release\\-lens\\.json:${targetLine}](${link} "Pinned in the workspace catalog")`), text);
    assert.match(text, /\*\*Payload:\*\* PBD — \*catalog\*/);
    assert.match(text, /pancreatic cancer \(\[\*catalog\*\]/);
    assert.match(text, /Tessaro Bio \*\(owner\)\* — \*catalog\*/);
    // A stated fact keeps its release as source.
    assert.match(text, /\*\*Phase:\*\* Phase 1 — \[2032\\-04\\-08, catalog\\-test\/tessaro\\-tb47qk\\-phase1\\\.release/);
    // The link opens the catalog at that line.
    await vscode.commands.executeCommand('releaseLens.openLocation', catalogUri.toString(), targetLine, 1);
    await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.toString() === catalogUri.toString() && vscode.window.activeTextEditor.selection.active.line === targetLine - 1,
      'the catalog opened at the pinned target',
    );
    if (screenshotsAvailable()) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const editor = await vscode.window.showTextDocument(one);
      const pos = positionOf(one, 'TB47QK in patients');
      editor.selection = new vscode.Selection(pos, pos);
      await vscode.commands.executeCommand('editor.action.showHover');
      await sleep(1000);
      await requestScreenshot('catalog-hover');
    }
  });

  it('reports a refused pattern once, as a diagnostic at the pattern, and uses the rest', async () => {
    const line = lineOf(catalogText('CLDN18.2'), '"(?<=x)y"');
    assert.deepEqual(reports, [[`.release-lens.json: codePatterns[1]: ${PATTERN_PROBLEM} (line ${line})`]]);
    const diagnostics = ownDiagnostics();
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostics[0]!.message, `codePatterns[1]: ${PATTERN_PROBLEM}`);
    assert.equal(diagnostics[0]!.range.start.line, line - 1);
    const doc = await vscode.workspace.openTextDocument(catalogUri);
    assert.equal(doc.getText(diagnostics[0]!.range), '"(?<=x)y"');
    // Writing the same catalog again (a save without changes) reports nothing new.
    await write(catalogUri, catalogText('CLDN18.2'));
    await sleep(1000);
    assert.equal(reports.length, 1);
  });

  it('applies edits live: a pinned fact re-merges, a bad entry is reported at its place, a removed pattern re-reads', async () => {
    states.length = 0;
    const edited = catalogText('MSLN', undefined, { code: 'TB-12', aliases: 'TB12' });
    await write(catalogUri, edited);
    await waitFor(() => program('TB47QK')?.target?.value === 'MSLN', 'the new target');
    await waitFor(() => reports.length === 2, 'the new problems reported');
    // Pinned facts need no new reading of the releases: the index never went back to indexing.
    assert.equal(states.join(), '', 'no state change');
    assert.deepEqual(reports[1], [
      `.release-lens.json: programs[1].aliases: expected an array of strings; entry ignored (line ${lineOf(edited, '"TB12"')})`,
      `.release-lens.json: codePatterns[1]: ${PATTERN_PROBLEM} (line ${lineOf(edited, '"(?<=x)y"')})`,
    ]);
    const doc = await vscode.workspace.openTextDocument(catalogUri);
    await waitFor(() => doc.getText().includes('MSLN'), 'the editor shows the new catalog');
    assert.deepEqual(ownDiagnostics().map((d) => doc.getText(d.range)), ['"TB12"', '"(?<=x)y"']);
    const one = await vscode.workspace.openTextDocument(oneUri);
    assert.match(await hoverAt(one, 'TB47QK in patients'), /\*\*Target:\*\* MSLN — \*catalog\*/);
    if (screenshotsAvailable()) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const editor = await vscode.window.showTextDocument(doc);
      // Wait for the JSON language service's own schema check of the bad entry, then show the Problems panel.
      await waitFor(() => vscode.languages.getDiagnostics(catalogUri).some((d) => d.source !== 'Release Lens'), 'schema diagnostics', 20_000).catch(() => undefined);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      const pos = positionOf(doc, '"TB12"');
      editor.selection = new vscode.Selection(pos, pos);
      await vscode.commands.executeCommand('editor.action.showHover');
      await sleep(1200);
      await requestScreenshot('catalog-diagnostics');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    // Without its pattern, TB47QK is no code: the releases are read again.
    await write(catalogUri, catalogText('MSLN', []));
    await waitFor(() => codesIn(oneUri).length === 0 && api.workspace.state === 'ready', 'TB47QK no longer recognized', 30_000);
    assert.ok(states.includes('indexing'), 'the releases were read again');
    assert.equal(program('lorvatamab')?.id, 'TB47QK', 'the pinned code still names the program of its alias');
    assert.equal(program('lorvatamab')?.target?.value, 'MSLN');
    assert.deepEqual(ownDiagnostics(), []);
  });

  it('gives completion from the JSON schema in the catalog file', async () => {
    await write(catalogUri, catalogText('CLDN18.2', ['TB\\d{2}[A-Z]{2}']));
    await waitFor(() => codesIn(oneUri).length > 0 && api.workspace.state === 'ready', 'the pattern back', 30_000);
    const doc = await vscode.workspace.openTextDocument(catalogUri);
    await waitFor(() => doc.getText().includes('CLDN18.2'), 'the editor shows the catalog');
    const editor = await vscode.window.showTextDocument(doc);
    // A blank line inside the program entry, after "code": where its other fields can be completed.
    // (Only the editor changes; the file is reverted below.)
    const codeLine = doc.lineAt(positionOf(doc, '"code"').line);
    await editor.edit((b) => b.insert(codeLine.range.end, '\n      '));
    const pos = new vscode.Position(codeLine.lineNumber + 1, 6);
    try {
      const labels = await waitFor(
        async () => {
          const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
          const found = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/"/g, ''));
          return found.includes('modality') ? found : undefined;
        },
        'schema completion',
        30_000,
      );
      assert.ok(labels.includes('phase'), labels.join(', '));
      assert.ok(!labels.includes('target'), 'fields already there are not offered');
      if (screenshotsAvailable()) {
        editor.selection = new vscode.Selection(pos, pos);
        await vscode.commands.executeCommand('editor.action.triggerSuggest');
        await sleep(1500);
        await requestScreenshot('catalog-completion');
        await vscode.commands.executeCommand('hideSuggestWidget');
      }
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});

// Semantic highlighting in a real VS Code host: names of programs known anywhere in the workspace
// are coloured like drug codes in every release, read back through vscode.provideDocumentSemanticTokens.
// Everything this file creates is removed again and the settings it changes are restored, so the
// test files after it (alphabetically: smoke) see the workspace as it was.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseLensApi } from '../../src/extension/extension';
import { requestScreenshot, screenshotsAvailable } from './screenshot';
import { expectedToken, semanticTokens, type DecodedToken } from './semanticTokensUtil';
import { activateApi, sleep, waitFor } from './util';

/**
 * A release about QX-501 that names it only by its generic name, three times in capitals, and once
 * in the forward-looking statements, which the grammar dims (so no token there).
 */
const ALIAS_ONLY = `QUILLON BIOSCIENCES

Quillon Presents VELUMAB PELIDOTIN Data at the Autumn Oncology Meeting

BOSTON, Oct. 3, 2031 (GLOBE NEWSWIRE) -- Quillon Biosciences, Inc. (Nasdaq: QLLN), a fictional biotechnology company, today presented new data for velumab pelidotin in patients with advanced solid tumors.

Velumab pelidotin was well tolerated.

QL-730, an oral KRAS inhibitor, entered a Phase 1 trial.

About VELUMAB PELIDOTIN
VELUMAB PELIDOTIN is an investigational antibody-drug conjugate.

Forward-Looking Statements
This press release contains forward-looking statements about velumab pelidotin that involve risks and uncertainties.
`;

/** Names "ROVATUZUMAB" only in capitals, which no release ties to a code yet. */
const CAPITALS_ONLY = `KESTREL BIO

Kestrel Bio Doses First Patient With ROVATUZUMAB

SEATTLE, Nov. 4, 2031 (GLOBE NEWSWIRE) -- Kestrel Bio, Inc. (Nasdaq: KSTB), a fictional company, today announced the first patient dosed with ROVATUZUMAB in a Phase 1 trial.
`;

/** Ties rovatuzumab to the code KB-902. */
const TIES_ALIAS = `Kestrel Bio Licenses KB-902 to Zerran Pharma

BASEL, Dec. 1, 2031 /PRNewswire/ -- Zerran Pharma AG, a fictional company, today announced that it licensed KB-902 (rovatuzumab) from Kestrel Bio.
`;

describe('Semantic highlighting (real VS Code host)', function () {
  this.timeout(60_000);
  let api: ReleaseLensApi;
  let dir: vscode.Uri;
  const editorSection = () => vscode.workspace.getConfiguration('editor');
  const write = async (name: string, text: string) => {
    const uri = vscode.Uri.joinPath(dir, name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  };
  const indexedUnderDir = () => api.workspace.index.releases().filter((r) => r.file.startsWith(`${dir.toString()}/`));

  before(async () => {
    api = await activateApi();
    dir = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'semantic');
    // The default themes turn semantic highlighting on; make sure the setting does not turn it off.
    await editorSection().update('semanticHighlighting.enabled', true, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await waitFor(() => indexedUnderDir().length === 0 && !api.workspace.index.program('KB-902'), 'semantic/ gone from the index', 15_000);
    await editorSection().update('semanticHighlighting.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('colours a generic name like its code in a release that never names the code', async () => {
    const uri = await write('alias-only.release', ALIAS_ONLY);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'release');
    assert.doesNotMatch(doc.getText(), /QX|ZR-?77/i, 'the release names neither code of the program');
    const expected = [
      expectedToken(doc, 'VELUMAB PELIDOTIN', ['alias', 'inn']),
      expectedToken(doc, 'velumab pelidotin', ['alias', 'inn']),
      expectedToken(doc, 'Velumab pelidotin', ['alias', 'inn']),
      expectedToken(doc, 'QL-730', []),
      expectedToken(doc, 'VELUMAB PELIDOTIN', ['alias', 'inn'], 1),
      expectedToken(doc, 'VELUMAB PELIDOTIN', ['alias', 'inn'], 2),
    ];
    // QL-730 is this release's own program, known once the file is indexed.
    let tokens: DecodedToken[] = [];
    await waitFor(async () => JSON.stringify((tokens = await semanticTokens(doc))) === JSON.stringify(expected), 'the expected tokens', 15_000).catch(() => undefined);
    assert.deepEqual(tokens, expected);
    // The capitals are not something this release alone reveals as a drug: the analysis of the file
    // does not find them; the name is known from the other releases of the workspace.
    const own = api.workspace.index.get(uri.toString())!.mentions.filter((m) => m.kind === 'drug-name').map((m) => m.text);
    assert.ok(!own.includes('VELUMAB PELIDOTIN'), own.join(', '));
    assert.equal(api.workspace.index.program('velumab pelidotin')?.id, 'QX-501');
  });

  it('updates the tokens when a new release ties a name to a code, and tells the editor once', async () => {
    const uri = await write('capitals-only.release', CAPITALS_ONLY);
    const doc = await vscode.workspace.openTextDocument(uri);
    await waitFor(() => api.workspace.index.has(uri.toString()), 'capitals-only release indexed');
    assert.deepEqual((await semanticTokens(doc)).filter((t) => /rovatuzumab/i.test(t.text)), [], 'no release names rovatuzumab yet');

    let changes = 0;
    const subscription = api.semanticTokens.onDidChangeSemanticTokens(() => changes++);
    try {
      await write('ties-alias.release', TIES_ALIAS);
      await waitFor(() => changes > 0, 'onDidChangeSemanticTokens after the new release', 15_000);
      const tokens = await semanticTokens(doc);
      assert.deepEqual(
        tokens.filter((t) => /rovatuzumab/i.test(t.text)),
        [expectedToken(doc, 'ROVATUZUMAB', ['alias', 'inn']), expectedToken(doc, 'ROVATUZUMAB', ['alias', 'inn'], 1)],
      );
      assert.equal(api.workspace.index.program('rovatuzumab')?.id, 'KB-902');
      await sleep(1000); // trailing events of the same change
      assert.equal(changes, 1, 'one change of names, one event');
    } finally {
      subscription.dispose();
    }
  });

  it('does not ask for new tokens when an edit changes no program names', async () => {
    const uri = vscode.Uri.joinPath(dir, 'capitals-only.release');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    let changes = 0;
    const subscription = api.semanticTokens.onDidChangeSemanticTokens(() => changes++);
    try {
      for (const words of ['The trial', ' enrolls', ' adults.']) {
        await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), words));
      }
      await waitFor(() => api.workspace.index.get(uri.toString())?.lineCount === doc.lineCount && api.workspace.index.get(uri.toString())!.mentions.length > 0, 'edit indexed');
      await sleep(1500); // longer than the edit and refresh delays together: no event may arrive
      assert.equal(changes, 0, 'edits without new names');
      // An edit that does add a name does fire.
      await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), ' KB-977 is next.'));
      await waitFor(() => changes > 0, 'event after a new name was typed', 15_000);
    } finally {
      subscription.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('answers for a 1 MB release quickly', async () => {
    const copies = Math.ceil(1_000_000 / ALIAS_ONLY.length);
    const doc = await vscode.workspace.openTextDocument({ language: 'release', content: ALIAS_ONLY.repeat(copies) });
    try {
      // Opening it has the extension analyse it (hover, outline, index): measure once that is done.
      await waitFor(() => api.workspace.index.has(doc.uri.toString()), '1 MB document indexed', 30_000);
      await semanticTokens(doc);
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
      const providerMs: number[] = [];
      const commandMs: number[] = [];
      let tokens: DecodedToken[] = [];
      let data: Uint32Array = new Uint32Array();
      for (let run = 0; run < 5; run++) {
        let t0 = performance.now();
        data = api.semanticTokens.provideDocumentSemanticTokens(doc)!.data;
        providerMs.push(performance.now() - t0);
        t0 = performance.now();
        tokens = await semanticTokens(doc);
        commandMs.push(performance.now() - t0);
      }
      console.log(
        `      ${(doc.getText().length / 1e6).toFixed(2)} MB, ${tokens.length} tokens: provider ${median(providerMs).toFixed(0)} ms ` +
          `(min ${Math.min(...providerMs).toFixed(0)}), through vscode.provideDocumentSemanticTokens ${median(commandMs).toFixed(0)} ms (min ${Math.min(...commandMs).toFixed(0)}), median of 5`,
      );
      assert.equal(tokens.length, 6 * copies); // the name in each copy's forward-looking statements is left dimmed
      assert.equal(data.length, 5 * tokens.length);
      assert.ok(median(providerMs) < 1000, `provider took ${median(providerMs)} ms`);
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('shows the generic name in the colour of a code in Dark Modern and Light Modern (screenshots)', async function () {
    if (!screenshotsAvailable()) this.skip();
    assert.equal(editorSection().get('semanticHighlighting.enabled'), true);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(dir, 'alias-only.release'));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const at = doc.positionAt(doc.getText().indexOf('velumab pelidotin') + 2);
    editor.selection = new vscode.Selection(at, at);
    const workbench = vscode.workspace.getConfiguration('workbench');
    try {
      for (const theme of ['Default Dark Modern', 'Default Light Modern']) {
        const name = theme.toLowerCase().replace(/^default /, '').replace(/\s+/g, '-');
        await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        await sleep(1200);
        assert.ok(await requestScreenshot(`semantic-alias-${name}`), 'screenshot written');
        // "Developer: Inspect Editor Tokens and Scopes" shows the semantic token under the cursor.
        await vscode.commands.executeCommand('editor.action.inspectTMScopes');
        await sleep(800);
        assert.ok(await requestScreenshot(`semantic-inspect-${name}`), 'screenshot written');
        await vscode.commands.executeCommand('editor.action.inspectTMScopes'); // toggles the widget off
      }
    } finally {
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

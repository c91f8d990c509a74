// The extension in the browser's web-worker extension host, as on vscode.dev: it activates without
// Node, reads the workspace through vscode.workspace.fs, and its features answer. Runs in the same
// web worker as the extension, so only the `vscode` API and web APIs are used.
import * as vscode from 'vscode';
import type { ReleaseLensApi } from '../../src/extension/extension';
import { expectedToken, semanticTokens } from '../suite/semanticTokensUtil';
import { EXTENSION_ID, activateApi, findUri, hoverText, positionOf, sleep, waitFor } from '../suite/util';
import * as assert from './assert';

/**
 * Asks the runner (test/host/runCodeServer.ts) for a screenshot and waits until the file exists:
 * the runner writes .vscode-test/screenshots/web/NAME.png under the extension's folder, which the
 * worker can see through vscode.workspace.fs.
 */
async function requestScreenshot(name: string, timeoutMs = 15_000): Promise<boolean> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const file = vscode.Uri.joinPath(extension.extensionUri, '.vscode-test', 'screenshots', 'web', `${name}.png`);
  const requestedAt = Date.now();
  console.log(`@@screenshot ${name}`);
  while (Date.now() < requestedAt + timeoutMs) {
    const stat = await vscode.workspace.fs.stat(file).then(
      (s) => s,
      () => undefined,
    );
    if (stat && stat.mtime >= requestedAt - 1000) return true;
    await sleep(200);
  }
  return false;
}

describe('Release Lens in the web worker extension host', function () {
  this.timeout(60_000);
  let api: ReleaseLensApi;
  let phase1: vscode.TextDocument;

  before(async () => {
    api = await activateApi();
    phase1 = await vscode.workspace.openTextDocument(await findUri('**/quillon-qx-501-phase1.release'));
  });

  it('runs in a web worker: no Node, the extension on the UI side, the workbench in a browser', () => {
    // This suite runs in the extension host of the extension it tests (VS Code picks that host for
    // extensionTestsPath), and activateApi() returned the extension's own API object from it.
    assert.equal(typeof process, 'undefined', 'typeof process');
    assert.equal(typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope, 'function', 'typeof WorkerGlobalScope');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(extension.isActive, true);
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'extensionKind (Workspace would mean the Node host of the server)');
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('indexes the workspace releases through vscode.workspace.fs', () => {
    const files = api.workspace.index.releases().map((r) => r.file.split('/').pop());
    assert.deepEqual(files.sort(), [
      'corvanta-licensing-deal.release',
      'helixora-phase2-topline.release',
      'nordelle-fda-approval.release',
      'quillon-qx-501-phase1.release',
      'quillon-zerran-license.txt',
    ]);
    assert.equal(api.workspace.skipped.size, 0);
  });

  it('shows the program card on hover over a drug code', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', phase1.uri, positionOf(phase1, 'QX-501 carries'));
    const text = hoverText(hovers);
    assert.match(text, /### QX\\-501/);
    assert.match(text, /velumab pelidotin/);
    assert.match(text, /\*\*Target:\*\* TROP2/);
    assert.match(text, /Zerran Pharma/);
    assert.match(text, /Mentioned in 2 releases/);
  });

  it('gives the outline: headline, dateline, sections', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', phase1.uri);
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        'Quillon Biosciences Doses First Patient in Phase 1 Trial of QX-501, a TROP2-Directed Antibody-Drug Conjugate',
        'CAMBRIDGE, Mass. (dateline)',
        'About QX-501',
        'About Quillon Biosciences, Inc.',
        'Forward-Looking Statements',
        'Investor Contact',
      ],
    );
  });

  it('lists the programs in the Programs view', () => {
    const roots = api.programs.getChildren();
    const ids = roots.map((n) => (n.type === 'program' ? n.program.id : '?'));
    assert.ok(ids.includes('QX-501') && ids.includes('HLX-204') && ids.includes('CVB-117'), ids.join(','));
    const qx = roots.find((n) => n.type === 'program' && n.program.id === 'QX-501')!;
    assert.equal(api.programs.getTreeItem(qx).description, 'TROP2 · Phase 2');
  });

  it('colours a program name known from other releases (semantic tokens)', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'release',
      content: 'Quillon Reports VELUMAB PELIDOTIN Progress\n\nThe company reported progress with velumab pelidotin and ZR-77 today.\n',
    });
    const expected = [
      expectedToken(doc, 'VELUMAB PELIDOTIN', ['alias', 'inn']),
      expectedToken(doc, 'velumab pelidotin', ['alias', 'inn']),
      expectedToken(doc, 'ZR-77', ['alias']),
    ];
    let tokens = await semanticTokens(doc);
    await waitFor(async () => JSON.stringify((tokens = await semanticTokens(doc))) === JSON.stringify(expected), 'the expected tokens').catch(() => undefined);
    assert.deepEqual(tokens, expected);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('follows a release written and deleted while it runs (file watcher, workspace.fs)', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'web-live', 'orvane-ov-318.release');
    const text = 'Orvane Starts Phase 1 Trial of OV-318\n\nBOSTON, May 5, 2032 (GLOBE NEWSWIRE) -- Orvane Bio, Inc. today announced the first patient dosed in a Phase 1 trial of OV-318 (tesavumab), an anti-CD19 antibody.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await waitFor(() => api.workspace.index.program('tesavumab')?.id === 'OV-318', 'written release indexed', 15_000);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true, useTrash: false });
    await waitFor(() => !api.workspace.index.program('OV-318'), 'deleted release dropped', 15_000);
  });

  it('shows the workbench with the extension running in the browser (screenshot)', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await vscode.window.showTextDocument(phase1, { preview: false });
    await vscode.commands.executeCommand('releaseLens.revealProgram', 'QX-501');
    await vscode.window.showTextDocument(editor.document);
    const pos = positionOf(phase1, 'QX-501 carries');
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1000);
    assert.ok(await requestScreenshot('web-host-workbench'), 'screenshot written');
    // "Developer: Show Running Extensions" names the host each extension runs in.
    await vscode.commands.executeCommand('workbench.action.showRuntimeExtensions');
    await sleep(1500);
    assert.ok(await requestScreenshot('web-host-running-extensions'), 'screenshot written');
  });
});

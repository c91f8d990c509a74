// Smoke tests that run inside a real VS Code extension host (see test/suite/index.ts).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { requestScreenshot, screenshotsAvailable } from './screenshot';

const EXTENSION_ID = 'release-lens.release-lens';

describe('Release Lens smoke (real VS Code host)', () => {
  it('is installed under its publisher.name id', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    assert.equal(ext.packageJSON.publisher, 'release-lens');
    assert.equal(ext.packageJSON.name, 'release-lens');
  });

  it('activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('finds the workspace press releases with findFiles and nothing else', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'expected the test workspace folder to be open');
    const uris = await vscode.workspace.findFiles('**/*.release');
    const names = uris.map((u) => path.posix.basename(u.path)).sort();
    assert.deepEqual(names, [
      'corvanta-licensing-deal.release',
      'helixora-phase2-topline.release',
      'nordelle-fda-approval.release',
      'quillon-qx-501-phase1.release',
    ]);
    const all = await vscode.workspace.findFiles('**/*');
    assert.ok(
      all.some((u) => u.path.endsWith('/notes.txt')),
      'notes.txt should exist in the workspace but is not a release',
    );
  });

  it('opens a release in an editor (and screenshots it)', async function () {
    const [uri] = await vscode.workspace.findFiles('**/helixora-phase2-topline.release');
    assert.ok(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.match(editor.document.getText(), /FOR IMMEDIATE RELEASE/);
    assert.match(editor.document.lineAt(2).text, /Helixora Therapeutics Reports Positive Topline/);

    if (!screenshotsAvailable()) return; // desktop host: nothing to take the picture
    await new Promise((r) => setTimeout(r, 500)); // let the editor paint
    const shot = await requestScreenshot('smoke-release-open');
    assert.ok(shot, 'the runner did not write the requested screenshot');
  });
});

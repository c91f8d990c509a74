// The extension's features, driven through the real VS Code API in a real extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseLensApi } from '../../src/extension/extension';
import type { ProgramTreeNode } from '../../src/extension/views/programsTree';
import { requestScreenshot, screenshotsAvailable } from './screenshot';
import { activateApi, findUri, hoverText, positionOf, sleep, waitFor } from './util';

describe('Release Lens features (real VS Code host)', function () {
  this.timeout(30_000);
  let api: ReleaseLensApi;
  let phase1: vscode.TextDocument;

  before(async () => {
    api = await activateApi();
    phase1 = await vscode.workspace.openTextDocument(await findUri('**/quillon-qx-501-phase1.release'));
  });

  describe('language', () => {
    it('assigns the release language to *.release files', () => {
      assert.equal(phase1.languageId, 'release');
    });

    it('colours a release in the light and dark default themes (screenshots)', async function () {
      if (!screenshotsAvailable()) this.skip();
      const samples = await vscode.workspace.openTextDocument(await findUri('**/quillon-qx-501-phase1.release'));
      await vscode.window.showTextDocument(samples, { preview: false });
      const workbench = vscode.workspace.getConfiguration('workbench');
      for (const theme of ['Default Dark Modern', 'Default Light Modern']) {
        await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        await sleep(1200);
        await requestScreenshot(`release-${theme.toLowerCase().replace(/\s+/g, '-')}`);
      }
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    });

    it('switches a plain-text file that looks like a press release, and leaves other text alone', async () => {
      const txt = await vscode.workspace.openTextDocument(await findUri('**/archive/quillon-zerran-license.txt'));
      await vscode.window.showTextDocument(txt);
      await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === txt.uri.toString())?.languageId === 'release', 'language switch');
      const notes = await vscode.workspace.openTextDocument(await findUri('**/notes.txt'));
      await sleep(300);
      assert.equal(notes.languageId, 'plaintext');
    });
  });

  describe('index', () => {
    it('indexes the releases of the workspace, and the plain-text release, not the notes', () => {
      const files = api.workspace.index.releases().map((r) => r.file.split('/').pop());
      assert.deepEqual(files.sort(), [
        'corvanta-licensing-deal.release',
        'helixora-phase2-topline.release',
        'nordelle-fda-approval.release',
        'quillon-qx-501-phase1.release',
        'quillon-zerran-license.txt',
      ]);
    });

    it('merges a program across releases: newest phase wins, aliases joined', () => {
      const p = api.workspace.index.program('ZR-77');
      assert.ok(p);
      assert.equal(p.id, 'QX-501');
      assert.ok(p.aliases.includes('velumab pelidotin'));
      assert.equal(p.phase?.value, '2');
      assert.equal(p.target?.value, 'TROP2');
      assert.equal(p.releases.length, 2);
    });
  });

  describe('hover', () => {
    it('shows the program card on a drug code, with facts, sources and release links', async () => {
      const editor = await vscode.window.showTextDocument(phase1);
      const pos = positionOf(phase1, 'QX-501 carries');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', phase1.uri, pos);
      const text = hoverText(hovers);
      assert.match(text, /### QX\\-501/);
      assert.match(text, /velumab pelidotin/);
      assert.match(text, /\*\*Target:\*\* TROP2/);
      assert.match(text, /\*\*Phase:\*\* Phase 2 — \[2031\\-02\\-02/);
      assert.match(text, /\*\*Payload:\*\* QD4/);
      assert.match(text, /Zerran Pharma/);
      assert.match(text, /upfront \$40 million/);
      assert.match(text, /command:releaseLens\.openLocation\?/);
      assert.match(text, /Mentioned in 2 releases/);
      if (screenshotsAvailable()) {
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos));
        await vscode.commands.executeCommand('editor.action.showHover');
        await sleep(800);
        await requestScreenshot('hover-program-card');
      }
    });

    it('shows the normalized amount on money and the ISO date with weekday on dates', async () => {
      const money = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', phase1.uri, positionOf(phase1, '$212.4 million')));
      assert.match(money, /\$212,400,000 \(USD 212\.4 million\)/);
      assert.match(money, /cash/);
      const date = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', phase1.uri, positionOf(phase1, 'Sept. 14, 2030')));
      assert.match(date, /Saturday, September 14, 2030/);
      assert.match(date, /2030-09-14/);
      const half = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', phase1.uri, positionOf(phase1, 'first half of 2031')));
      assert.match(half, /2031-H1/);
      assert.match(half, /2031-01-01 → 2031-06-30/);
    });

    it('has no hover on plain words', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', phase1.uri, positionOf(phase1, 'fictional biotechnology'));
      assert.doesNotMatch(hoverText(hovers), /###|USD|Target/);
    });
  });

  describe('outline', () => {
    it('gives headline, dateline and nested sections with programs', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', phase1.uri);
      const names = symbols.map((s) => s.name);
      assert.equal(names[0], 'Quillon Biosciences Doses First Patient in Phase 1 Trial of QX-501, a TROP2-Directed Antibody-Drug Conjugate');
      assert.equal(symbols[0]!.range.start.line, 2);
      assert.equal(symbols[0]!.range.end.line, 3);
      assert.equal(names[1], 'CAMBRIDGE, Mass. (dateline)');
      assert.match(symbols[1]!.detail, /2030-09-14 · GlobeNewswire/);
      assert.deepEqual(names.slice(2), ['About QX-501', 'About Quillon Biosciences, Inc.', 'Forward-Looking Statements', 'Investor Contact']);
      const about = symbols[2]!;
      assert.equal(about.range.start.line, 11);
      assert.equal(about.range.end.line, 12);
      assert.deepEqual(about.children.map((c) => c.name), ['QX-501']);
      const contacts = symbols[5]!;
      assert.deepEqual(contacts.children.map((c) => c.name), ['Media Contact']);
      if (screenshotsAvailable()) {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.window.showTextDocument(phase1);
        await vscode.commands.executeCommand('outline.focus');
        await sleep(1000);
        await requestScreenshot('outline');
      }
    });
  });

  describe('navigation', () => {
    it('goes to the "About" section that defines a program, from another release', async () => {
      const txt = await vscode.workspace.openTextDocument(await findUri('**/archive/quillon-zerran-license.txt'));
      await waitFor(() => txt.languageId === 'release' || vscode.workspace.textDocuments.find((d) => d.uri.toString() === txt.uri.toString())?.languageId === 'release', 'release language');
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', txt.uri, positionOf(txt, 'ZR-77'));
      assert.equal(defs.length, 1);
      const def = defs[0] as vscode.Location;
      assert.equal(def.uri.toString(), phase1.uri.toString());
      assert.equal(def.range.start.line, 11);
    });

    it('finds all references of a program and its aliases across the workspace', async () => {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', phase1.uri, positionOf(phase1, 'QX-501'));
      const files = new Set(refs.map((r) => r.uri.path.split('/').pop()));
      assert.deepEqual([...files].sort(), ['quillon-qx-501-phase1.release', 'quillon-zerran-license.txt']);
      const texts = new Set(refs.map((r) => (vscode.workspace.textDocuments.find((d) => d.uri.toString() === r.uri.toString()) ?? phase1).getText(r.range)));
      assert.ok(texts.has('QX-501') && texts.has('velumab pelidotin') && texts.has('ZR-77'), [...texts].join(','));
    });

    it('highlights the same program in the open file', async () => {
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', phase1.uri, positionOf(phase1, 'velumab pelidotin'));
      const texts = highlights.map((h) => phase1.getText(h.range));
      assert.ok(texts.filter((t) => t === 'QX-501').length >= 4);
      assert.ok(texts.includes('velumab pelidotin'));
    });

    it('finds programs and releases with workspace symbols', async () => {
      const programs = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'qx501');
      assert.ok(programs.some((s) => s.name === 'QX-501' && s.kind === vscode.SymbolKind.Constant));
      const releases = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Zerran Pharma Licenses');
      assert.ok(releases.some((s) => s.kind === vscode.SymbolKind.File && s.location.uri.path.endsWith('quillon-zerran-license.txt')));
    });
  });

  describe('programs tree', () => {
    it('lists every program with target and phase, and its facts and mentions by release', async () => {
      const roots = api.programs.getChildren();
      const ids = roots.map((n) => (n.type === 'program' ? n.program.id : '?'));
      assert.ok(ids.includes('QX-501') && ids.includes('HLX-204') && ids.includes('CVB-117'), ids.join(','));
      const qx = roots.find((n) => n.type === 'program' && n.program.id === 'QX-501')!;
      const item = api.programs.getTreeItem(qx);
      assert.equal(item.description, 'TROP2 · Phase 2');
      const children = await api.programs.getChildren(qx);
      const labels = children.map((c) => String(api.programs.getTreeItem(c).label));
      assert.ok(labels.includes('Target: TROP2'));
      assert.ok(labels.some((l) => l.startsWith('Phase: Phase 2 (2031-02-02)')));
      const release = children.find((c) => c.type === 'release' && c.file.endsWith('quillon-qx-501-phase1.release'))!;
      assert.match(String(api.programs.getTreeItem(release).label), /^2030-09-14 — Quillon Biosciences Doses First Patient/);
      const mentions = await api.programs.getChildren(release);
      assert.ok(mentions.length >= 4);
      const mentionItem = api.programs.getTreeItem(mentions[0]!);
      // The label is the line and the words around the mention, read from the release.
      const m0 = (mentions[0] as Extract<ProgramTreeNode, { type: 'mention' }>).mention;
      assert.match(String(mentionItem.label), new RegExp(`^${m0.line}: .*\\S+ ${m0.text.replace(/[-]/g, '\\-')}\\b`));
      assert.equal(mentionItem.command?.command, 'vscode.open');
      // Clicking a mention opens the file at the mention.
      await vscode.commands.executeCommand(mentionItem.command!.command, ...(mentionItem.command!.arguments ?? []));
      const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('quillon-qx-501-phase1.release') ? vscode.window.activeTextEditor : undefined), 'editor at mention');
      const m = (mentions[0] as Extract<ProgramTreeNode, { type: 'mention' }>).mention;
      assert.equal(editor.document.getText(editor.selection), m.text);
    });

    it('groups by target, company and phase, and filters', async () => {
      await vscode.commands.executeCommand('releaseLens.groupBy', 'target');
      const groups = api.programs.getChildren().map((n) => (n.type === 'group' ? n.label : '?'));
      assert.ok(groups.includes('TROP2') && groups.includes('FRα'), groups.join(','));
      await vscode.commands.executeCommand('releaseLens.groupBy', 'phase');
      const phases = api.programs.getChildren().map((n) => (n.type === 'group' ? n.label : '?'));
      // Most advanced first: the approved NDB-310, then the Phase 2 programs.
      assert.deepEqual(phases.slice(0, 2), ['Approved', 'Phase 2']);
      await vscode.commands.executeCommand('releaseLens.groupBy', 'program');
      await vscode.commands.executeCommand('releaseLens.filterPrograms', 'trop2');
      assert.deepEqual(api.programs.getChildren().map((n) => (n.type === 'program' ? n.program.id : '?')), ['QX-501']);
      await vscode.commands.executeCommand('releaseLens.clearFilter');
      assert.ok(api.programs.getChildren().length >= 4);
    });

    it('reveals a program in the Programs view, expanded', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.window.showTextDocument(phase1, { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('releaseLens.revealProgram', 'velumab pelidotin');
      await sleep(800);
      if (screenshotsAvailable()) await requestScreenshot('programs-tree');
    });

    it('lists releases by date with their outline', () => {
      const roots = api.releases.getChildren();
      const dates = roots.map((n) => (n.type === 'release' ? n.release.date : ''));
      assert.deepEqual(dates, [...dates].sort().reverse());
      const qx = roots.find((n) => n.type === 'release' && n.release.file.endsWith('quillon-qx-501-phase1.release'))!;
      assert.deepEqual(api.releases.getChildren(qx).map((s) => String(api.releases.getTreeItem(s).label)), [
        'About QX-501',
        'About Quillon Biosciences, Inc.',
        'Forward-Looking Statements',
        'Investor Contact',
      ]);
    });
  });

  describe('settings', () => {
    it('applies a changed setting without a reload, and falls back with one clear message on an invalid value', async () => {
      const section = vscode.workspace.getConfiguration('releaseLens');
      await section.update('programs.groupBy', 'phase', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.config.value.groupBy === 'phase', 'groupBy phase');
      assert.equal(api.programs.groupBy, 'phase');
      await section.update('programs.groupBy', 'bogus', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.config.problems.length > 0, 'a problem reported');
      assert.equal(api.config.value.groupBy, 'program');
      assert.equal(api.config.problems.length, 1);
      assert.match(api.config.problems[0]!, /"releaseLens\.programs\.groupBy" should be one of program, target, company, phase, not "bogus"/);
      await section.update('programs.groupBy', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.config.problems.length === 0, 'problem cleared');
    });
  });

  describe('live updates', () => {
    const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
    const text = (code: string, phase: string) =>
      `Vantor Bio Starts ${phase} Trial of ${code}\n\nBOSTON, May 5, 2032 (GLOBE NEWSWIRE) -- Vantor Bio, Inc. (Nasdaq: VNTB) today announced the first patient dosed in a ${phase} trial of ${code}, an anti-CD19 antibody-drug conjugate.\n`;

    it('picks up a release created on disk, changed on disk, edited unsaved, and deleted', async () => {
      const uri = vscode.Uri.joinPath(folder(), 'live', 'vantor-vx-909.release');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text('VX-909', 'Phase 1')));
      await waitFor(() => api.workspace.index.program('VX-909'), 'created file indexed');
      assert.equal(api.workspace.index.program('VX-909')!.phase?.value, '1');

      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text('VX-909', 'Phase 2')));
      await waitFor(() => api.workspace.index.program('VX-909')?.phase?.value === '2', 'changed file re-read');

      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      await editor.edit((b) => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), text('VX-910', 'Phase 3')));
      await waitFor(() => api.workspace.index.program('VX-910')?.phase?.value === '3', 'unsaved edit indexed');
      assert.equal(api.workspace.index.program('VX-909'), undefined, 'the old name is gone after the edit');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor(() => api.workspace.index.program('VX-909') && !api.workspace.index.program('VX-910'), 'revert restores the file on disk');

      await vscode.workspace.fs.delete(uri);
      await waitFor(() => !api.workspace.index.program('VX-909'), 'deleted file dropped');
      assert.ok(!api.workspace.index.releases().some((r) => r.file === uri.toString()));
    });

    it('follows a rename', async () => {
      const from = vscode.Uri.joinPath(folder(), 'live', 'rename-me.release');
      const to = vscode.Uri.joinPath(folder(), 'live', 'renamed.release');
      await vscode.workspace.fs.writeFile(from, new TextEncoder().encode(text('RN-401', 'Phase 1')));
      await waitFor(() => api.workspace.index.has(from.toString()), 'file indexed');
      await vscode.workspace.fs.rename(from, to);
      await waitFor(() => api.workspace.index.has(to.toString()) && !api.workspace.index.has(from.toString()), 'rename followed');
      assert.deepEqual(api.workspace.index.program('RN-401')!.releases, [to.toString()]);
      await vscode.workspace.fs.delete(to);
      await waitFor(() => !api.workspace.index.program('RN-401'), 'deleted');
    });

    it('honours releaseLens.exclude and files.exclude without a reload', async () => {
      const archived = (await findUri('**/archive/quillon-zerran-license.txt')).toString();
      const section = vscode.workspace.getConfiguration('releaseLens');
      await section.update('exclude', ['archive/**'], vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.workspace.state === 'ready' && !api.workspace.index.has(archived) && api.workspace.index.size > 0, 'archive excluded');
      assert.equal(api.workspace.index.program('ZR-77'), undefined);
      await section.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.workspace.index.has(archived), 'archive back');
      const files = vscode.workspace.getConfiguration('files');
      await files.update('exclude', { '**/nordelle-*.release': true }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.workspace.state === 'ready' && !api.workspace.index.releases().some((r) => r.file.includes('nordelle')), 'files.exclude honoured');
      await files.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.workspace.index.releases().some((r) => r.file.includes('nordelle')), 'files.exclude lifted');
    });

    it('leaves plain text alone when releaseLens.detectPlainText is off', async () => {
      const section = vscode.workspace.getConfiguration('releaseLens');
      await section.update('detectPlainText', false, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => !api.config.value.detectPlainText, 'setting read');
      const uri = vscode.Uri.joinPath(folder(), 'live', 'plain-off.txt');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text('PO-12', 'Phase 1') + '\nThis press release contains forward-looking statements.\n'));
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await sleep(500);
      assert.equal(doc.languageId, 'plaintext');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await section.update('detectPlainText', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(uri);
    });

    it('coalesces many files created at once', async () => {
      const dir = vscode.Uri.joinPath(folder(), 'bulk');
      const edit = new vscode.WorkspaceEdit();
      for (let k = 0; k < 40; k++) edit.createFile(vscode.Uri.joinPath(dir, `r${k}.release`), { contents: new TextEncoder().encode(text(`BK-${100 + k}`, 'Phase 1')) });
      await vscode.workspace.applyEdit(edit);
      await waitFor(() => api.workspace.index.program('BK-139') && api.workspace.index.program('BK-100'), 'bulk files indexed', 15_000);
      await vscode.workspace.fs.delete(dir, { recursive: true });
      await waitFor(() => !api.workspace.index.program('BK-120'), 'bulk folder deletion');
    });
  });
});

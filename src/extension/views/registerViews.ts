import * as vscode from 'vscode';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import type { ProgramsTreeProvider } from './programsTree';
import type { ReleasesTreeProvider } from './releasesTree';

/** Creates the Programs and Releases views, with the count badge, the filter/grouping message and the empty state. */
export function registerProgramsView(workspace: ReleaseWorkspace, programs: ProgramsTreeProvider, releases: ReleasesTreeProvider): vscode.Disposable {
  const programsView = vscode.window.createTreeView('releaseLens.programs', { treeDataProvider: programs, showCollapseAll: true });
  const releasesView = vscode.window.createTreeView('releaseLens.releases', { treeDataProvider: releases, showCollapseAll: true });
  const update = () => {
    const visible = programs.visiblePrograms().length;
    const total = workspace.index.programs().length;
    programsView.badge = total ? { value: visible, tooltip: `${visible} program${visible === 1 ? '' : 's'}` } : undefined;
    const parts: string[] = [];
    if (programs.filter) parts.push(`Filter: "${programs.filter}" (${visible} of ${total})`);
    if (programs.groupBy !== 'program') parts.push(`Grouped by ${programs.groupBy}`);
    if (workspace.state === 'indexing') parts.push(`Indexing… ${workspace.index.size} releases so far`);
    programsView.message = parts.length ? parts.join(' · ') : undefined;
    releasesView.description = workspace.index.size ? `${workspace.index.size}` : undefined;
    void vscode.commands.executeCommand('setContext', 'releaseLens.empty', workspace.state === 'ready' && workspace.index.size === 0);
    void vscode.commands.executeCommand('setContext', 'releaseLens.indexing', workspace.state === 'indexing');
  };
  const start = () => void workspace.ensureStarted();
  if (programsView.visible || releasesView.visible) start();
  const reveal = vscode.commands.registerCommand('releaseLens.revealProgram', async (nameOrId?: string) => {
    await workspace.ensureStarted();
    const id = nameOrId ? workspace.index.program(nameOrId)?.id : undefined;
    const node = id ? programs.nodeFor(id) : undefined;
    if (!node) {
      void vscode.window.showInformationMessage(nameOrId ? `Release Lens: no program named "${nameOrId}".` : 'Release Lens: no program given.');
      return;
    }
    await programsView.reveal(node, { select: true, focus: true, expand: true });
  });
  return vscode.Disposable.from(
    reveal,
    programsView,
    releasesView,
    programsView.onDidChangeVisibility((e) => e.visible && start()),
    releasesView.onDidChangeVisibility((e) => e.visible && start()),
    workspace.onDidChange(update),
    workspace.onDidChangeState(update),
    programs.onDidChangeTreeData(update),
  );
}

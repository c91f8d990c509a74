import * as vscode from 'vscode';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { rangeOf, uriOf } from '../uris';
import type { GroupBy, ProgramsTreeProvider } from '../views/programsTree';

/** The extension's commands; each is a small function over the workspace and the views. */
export function registerCommands(workspace: ReleaseWorkspace, programs: ProgramsTreeProvider, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('releaseLens.openLocation', async (file: string, line: number, column = 1, length = 0) => {
      const selection = rangeOf(line, column, ' '.repeat(length));
      await vscode.window.showTextDocument(uriOf(file), { selection, preview: true });
    }),
    vscode.commands.registerCommand('releaseLens.groupBy', async (choice?: GroupBy) => {
      const options: { label: string; value: GroupBy }[] = [
        { label: 'Program', value: 'program' },
        { label: 'Target', value: 'target' },
        { label: 'Company', value: 'company' },
        { label: 'Phase', value: 'phase' },
      ];
      const picked = choice ?? (await vscode.window.showQuickPick(options.map((o) => ({ ...o, picked: o.value === programs.groupBy, description: o.value === programs.groupBy ? 'current' : '' })), { title: 'Group programs by' }))?.value;
      if (picked) programs.setGroupBy(picked);
    }),
    vscode.commands.registerCommand('releaseLens.filterPrograms', async (text?: string) => {
      const value = text ?? (await vscode.window.showInputBox({ title: 'Filter programs', prompt: 'Code, alias, target, phase, indication or company', value: programs.filter }));
      if (value !== undefined) programs.setFilter(value);
    }),
    vscode.commands.registerCommand('releaseLens.clearFilter', () => programs.setFilter('')),
    vscode.commands.registerCommand('releaseLens.refresh', () => workspace.rescan({ readAll: true })),
    vscode.commands.registerCommand('releaseLens.stopIndexing', () => workspace.stop()),
    vscode.commands.registerCommand('releaseLens.showOutput', () => log.show()),
  );
}

import * as vscode from 'vscode';
import { writeExport } from '../exportFile';
import { buildDealsExport, buildProgramsExport, dealsCsv, programsCsv, type DealRow } from '../../core/exports';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { labelOf } from '../uris';

export type ExportFormat = 'csv' | 'json';
export type ExportTable = 'programs' | 'deals';

/** The format a file's name asks for; only CSV and JSON are written. */
export function exportFormatOf(uri: vscode.Uri): ExportFormat | undefined {
  const ext = /\.([^./]+)$/.exec(uri.path)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'json' ? ext : undefined;
}

/** Where the save dialog starts: the first workspace folder, else the dialog's own choice. */
function defaultTarget(table: ExportTable): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, `${table}.csv`) : undefined;
}

/**
 * Asks where to save (unless `target` is given), then writes the table there. The file is only
 * ever the one the user chose, a .csv or .json file, and never a release the index holds.
 * Resolves to the written file, or undefined when cancelled or refused.
 */
export async function exportTable(workspace: ReleaseWorkspace, table: ExportTable, target?: vscode.Uri, rows?: DealRow[]): Promise<vscode.Uri | undefined> {
  await workspace.ensureStarted();
  const title = table === 'deals' ? 'Export Deals' : 'Export Programs';
  const defaultUri = defaultTarget(table);
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title,
      saveLabel: 'Export',
      filters: { CSV: ['csv'], JSON: ['json'] },
      ...(defaultUri ? { defaultUri } : {}),
    }));
  if (!uri) return undefined;
  const format = exportFormatOf(uri);
  if (!format) {
    void vscode.window.showErrorMessage(`Release Lens: export to a file ending in .csv or .json, not "${uri.path.split('/').pop()}".`);
    return undefined;
  }
  if (workspace.index.has(uri.toString())) {
    void vscode.window.showErrorMessage(`Release Lens: ${labelOf(uri.toString())} is a release; choose another file to export to.`);
    return undefined;
  }
  const { content, count } = render(workspace, table, format, rows);
  if (!(await writeExport(new TextEncoder().encode(content), { target: uri, defaultName: '', filters: {}, title }))) return undefined;
  const noun = table === 'deals' ? (count === 1 ? 'deal' : 'deals') : count === 1 ? 'program' : 'programs';
  void vscode.window.showInformationMessage(`Release Lens: exported ${count} ${noun} to ${uri.path.split('/').pop()}.`, 'Open').then((choice) => {
    if (choice === 'Open') void vscode.commands.executeCommand('vscode.open', uri);
  });
  return uri;
}

/** The file's content; files are named as the workspace shows them (relative paths). */
function render(workspace: ReleaseWorkspace, table: ExportTable, format: ExportFormat, rows?: DealRow[]): { content: string; count: number } {
  const fileLabel = labelOf;
  if (table === 'programs') {
    const doc = buildProgramsExport(workspace.index, { fileLabel });
    return { content: format === 'json' ? JSON.stringify(doc, null, 2) + '\n' : programsCsv(doc.programs), count: doc.programs.length };
  }
  const doc = rows ? { version: 1 as const, kind: 'deals' as const, deals: rows } : buildDealsExport(workspace.index, { fileLabel });
  return { content: format === 'json' ? JSON.stringify(doc, null, 2) + '\n' : dealsCsv(doc.deals), count: doc.deals.length };
}

/**
 * A target given to the command: a Uri (from code), or a string from a keybinding's `args` (a URI,
 * an absolute path, or a path relative to the first workspace folder). Anything else opens the dialog.
 */
function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg !== 'string' || !arg.trim()) return undefined;
  if (/^[a-z][\w+.-]+:/i.test(arg)) return vscode.Uri.parse(arg);
  if (arg.startsWith('/') || /^[a-z]:[\\/]/i.test(arg)) return vscode.Uri.file(arg);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, arg) : undefined;
}

/** "Export Programs…" and "Export Deals…"; a target argument skips the dialog (tests, keybindings). */
export function runExportCommand(workspace: ReleaseWorkspace, table: ExportTable, arg?: unknown): Promise<vscode.Uri | undefined> {
  return exportTable(workspace, table, targetOf(arg));
}

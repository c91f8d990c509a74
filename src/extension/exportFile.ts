import * as vscode from 'vscode';

export interface ExportOptions {
  /** Where to write without asking (a command argument); otherwise the user picks the file. */
  target?: vscode.Uri;
  /** File name proposed in the save dialog. */
  defaultName: string;
  /** Save dialog filters, e.g. `{ 'SVG image': ['svg'] }`. */
  filters: Record<string, string[]>;
  title: string;
}

/** Files a release may be kept in: an export never goes there, whatever name the user types. */
const RELEASE_FILE = /\.(?:release|txt|md)$/i;

/**
 * Writes an export (a table, a chart image) to a file the user picked in a save dialog, or to the
 * target a command was given. The only place the extension writes a file: releases are never written.
 * Resolves to the file written, or undefined when the user cancelled or picked a release's file type.
 */
export async function writeExport(bytes: Uint8Array, options: ExportOptions): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    options.target ??
    (await vscode.window.showSaveDialog({
      title: options.title,
      filters: options.filters,
      saveLabel: 'Save',
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, options.defaultName) } : {}),
    }));
  if (!target) return undefined;
  if (RELEASE_FILE.test(target.path)) {
    void vscode.window.showErrorMessage(`Release Lens: exports are not written to .release, .txt or .md files ("${target.path.split('/').pop()}").`);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, bytes);
  return target;
}

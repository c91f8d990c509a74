import * as vscode from 'vscode';

/** The index keys files by URI string; these turn keys back into places in the editor. */
export function uriOf(file: string): vscode.Uri {
  return vscode.Uri.parse(file);
}

export function labelOf(file: string): string {
  return vscode.workspace.asRelativePath(uriOf(file), vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1);
}

/** A range from 1-based line/column and a length, following line breaks inside the text. */
export function rangeOf(line: number, column: number, text: string): vscode.Range {
  const start = new vscode.Position(line - 1, column - 1);
  const parts = text.split(/\r\n|\r|\n/);
  if (parts.length === 1) return new vscode.Range(start, start.translate(0, text.length));
  return new vscode.Range(start, new vscode.Position(line - 1 + parts.length - 1, parts[parts.length - 1]!.length));
}

export function locationOf(file: string, line: number, column: number, text: string): vscode.Location {
  return new vscode.Location(uriOf(file), rangeOf(line, column, text));
}

/**
 * Opens a release beside the current editor with a span of it selected (a deal's or milestone's
 * sentence). The index read the same text, so offsets match; if the file changed since and the span
 * no longer fits, the cursor goes to the span's line instead.
 */
export async function showSpanBeside(span: { file: string; offset: number; length: number; line: number }): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uriOf(span.file));
  const fits = span.offset + span.length <= document.getText().length;
  const start = fits ? document.positionAt(span.offset) : new vscode.Position(Math.max(0, span.line - 1), 0);
  const end = fits ? document.positionAt(span.offset + span.length) : start;
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(start, end), preview: true, viewColumn: vscode.ViewColumn.Beside });
}

/** A command URI that opens a file at a line and column, for links in hovers. */
export function openLink(file: string, line: number, column: number): string {
  const args = encodeURIComponent(JSON.stringify([file, line, column]));
  return `command:releaseLens.openLocation?${args}`;
}

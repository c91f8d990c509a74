// The browser build's file reading (see files.ts): workspace.fs alone, as there is no disk of our own.
import * as vscode from 'vscode';

/** No file is on a disk of the extension's own here: every stat is a message to the window. */
export function isLocal(_uri: vscode.Uri): boolean {
  return false;
}

export function readFile(uri: vscode.Uri): Thenable<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

export function stat(uri: vscode.Uri): Thenable<Pick<vscode.FileStat, 'type' | 'size' | 'mtime'>> {
  return vscode.workspace.fs.stat(uri);
}

// The browser build's file reading (see files.ts): workspace.fs alone, as there is no disk of our own.
import * as vscode from 'vscode';

export function readFile(uri: vscode.Uri): Thenable<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

export function stat(uri: vscode.Uri): Thenable<Pick<vscode.FileStat, 'type' | 'size'>> {
  return vscode.workspace.fs.stat(uri);
}

// How the extension reads release files. Desktop: files on the extension host's own disk (`file:`
// URIs) are read with Node's fs, other schemes through workspace.fs. Each workspace.fs call first
// asks the window to activate the scheme's provider, one message each way per file; in a
// code-server host those messages are compressed on their way to the browser and back, which took
// more of the extension host's thread in a 10,000-file scan than reading the files did. (The
// browser build replaces this module with files.web.ts; see esbuild.mjs.)
import * as fs from 'node:fs';
import * as vscode from 'vscode';

/** The error workspace.fs would give, so callers handle both readers alike. */
function asFileSystemError(e: unknown, uri: vscode.Uri): unknown {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return vscode.FileSystemError.FileNotFound(uri);
    case 'ENOTDIR':
      return vscode.FileSystemError.FileNotADirectory(uri);
    case 'EISDIR':
      return vscode.FileSystemError.FileIsADirectory(uri);
    case 'EACCES':
    case 'EPERM':
      return vscode.FileSystemError.NoPermissions(uri);
    default:
      return e;
  }
}

/** Whether `uri` is on the extension host's own disk, where a stat costs no message to the window. */
export function isLocal(uri: vscode.Uri): boolean {
  return uri.scheme === 'file';
}

/** The bytes of a file. */
export function readFile(uri: vscode.Uri): Thenable<Uint8Array> {
  if (!isLocal(uri)) return vscode.workspace.fs.readFile(uri);
  return new Promise((resolve, reject) => {
    fs.readFile(uri.fsPath, (e, bytes) => (e ? reject(asFileSystemError(e, uri)) : resolve(bytes)));
  });
}

/** The type, size and modification time of a file (workspace.fs's stat, as far as the scan needs it). */
export function stat(uri: vscode.Uri): Thenable<Pick<vscode.FileStat, 'type' | 'size' | 'mtime'>> {
  if (!isLocal(uri)) return vscode.workspace.fs.stat(uri);
  return new Promise((resolve, reject) => {
    fs.stat(uri.fsPath, (e, s) => {
      if (e) return reject(asFileSystemError(e, uri));
      const type = s.isDirectory() ? vscode.FileType.Directory : s.isFile() ? vscode.FileType.File : vscode.FileType.Unknown;
      // Whole milliseconds, as workspace.fs gives them: it reads Node's stat.mtime, a Date that
      // Node makes from the time rounded to the nearest millisecond.
      resolve({ type, size: s.size, mtime: Math.round(s.mtimeMs) });
    });
  });
}

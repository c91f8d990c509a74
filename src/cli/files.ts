import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeRelease } from '../core/decode';
import { looksLikeRelease } from '../core/looksLikeRelease';

export const RELEASE_EXTENSIONS = ['.release', '.txt', '.md'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'out', 'dist']);

export interface ReleaseFile {
  /** Path as given or found, relative to the working directory when inside it. */
  file: string;
  text: string;
}

export interface CollectResult {
  files: ReleaseFile[];
  warnings: string[];
  /** Paths named on the command line that do not exist. */
  missing: string[];
}

export interface CollectOptions {
  maxBytes: number;
  /** Display paths relative to this folder. */
  cwd: string;
}

/**
 * Reads the named files and walks the named folders. A named file is always read; a file found in
 * a folder is read when it has a release extension and (unless `.release`) looks like a release.
 */
export function collectReleases(paths: string[], options: CollectOptions): CollectResult {
  const result: CollectResult = { files: [], warnings: [], missing: [] };
  const visitedDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const display = (p: string) => {
    const rel = path.relative(options.cwd, p);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  };

  const readOne = (full: string, named: boolean) => {
    let real: string;
    try {
      real = fs.realpathSync(full);
    } catch (e) {
      result.warnings.push(`skipped ${display(full)}: ${reason(e)}`);
      return;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    let bytes: Buffer;
    try {
      const stat = fs.statSync(real);
      // A FIFO or a device (/dev/zero) would block or never end: only regular files are read.
      if (!stat.isFile()) {
        result.warnings.push(`skipped ${display(full)}: not a regular file`);
        return;
      }
      if (stat.size > options.maxBytes) {
        result.warnings.push(`skipped ${display(full)}: larger than the ${formatMegabytes(options.maxBytes)} MB limit`);
        return;
      }
      bytes = fs.readFileSync(real);
    } catch (e) {
      result.warnings.push(`skipped ${display(full)}: ${reason(e)}`);
      return;
    }
    const decoded = decodeRelease(bytes, options.maxBytes);
    if (!decoded.ok) {
      result.warnings.push(`skipped ${display(full)}: ${decoded.reason}`);
      return;
    }
    if (!named && !full.endsWith('.release') && !looksLikeRelease(decoded.text)) return;
    result.files.push({ file: display(full), text: decoded.text });
  };

  const walk = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      result.warnings.push(`skipped ${display(dir)}: ${reason(e)}`);
      return;
    }
    if (visitedDirs.has(real)) return; // symlink loops
    visitedDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      result.warnings.push(`skipped ${display(dir)}: ${reason(e)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (isFile && RELEASE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
        readOne(full, false);
      }
    }
  };

  for (const p of paths) {
    const full = path.resolve(options.cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') result.missing.push(p);
      else result.warnings.push(`skipped ${p}: ${reason(e)}`);
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else readOne(full, true);
  }
  return result;
}

/** "1", "0.05", "2.5": the limit as given, not rounded to a whole megabyte (0.05 MB is not "0 MB"). */
function formatMegabytes(bytes: number): string {
  return String(Number((bytes / 1048576).toPrecision(3)));
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no longer exists';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.message ?? String(e);
  }
}

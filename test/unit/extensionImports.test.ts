// A static guard over the source text: the extension reads files through vscode.workspace.fs (so it
// works in virtual workspaces and in the browser), but for the desktop reader of `file:` URIs, and
// never writes to the workspace (except the
// export commands, which write the file the user chose; the index cache goes to the extension's own
// storage); the core
// is pure (no vscode, no fs, no path, no processes). Also checks the manifest declares the workspaces
// it supports.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The only extension file allowed to write a file: chart exports to a place the user chose. */
const EXPORT_WRITER = path.join('src', 'extension', 'exportFile.ts');
/** Writes the index cache into the extension's own storage (context.storageUri), never the workspace. */
const CACHE_WRITER = path.join('src', 'extension', 'indexCache.ts');

/**
 * The one extension file allowed Node's fs: the desktop build's reader, which reads `file:` URIs
 * itself and hands every other scheme to workspace.fs. The browser build uses its .web.ts variant.
 */
const DESKTOP_READER = path.join('src', 'extension', 'files.ts');

/** Modules no file of the extension or the core may import. */
const NODE_IO = ['fs', 'fs/promises', 'path', 'path/posix', 'path/win32', 'child_process'];
const FORBIDDEN_EVERYWHERE = new Set([...NODE_IO, ...NODE_IO.map((m) => `node:${m}`)]);
const FORBIDDEN_IN_CORE = new Set([...FORBIDDEN_EVERYWHERE, 'vscode']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.ts')) out.push(full);
  }
  return out.sort();
}

/**
 * Every module specifier a TypeScript source names: `import … from 'x'` and `export … from 'x'`
 * (type-only too, over several lines), `import 'x'`, `import('x')`, `require('x')` and
 * `import x = require('x')`.
 */
export function importedModules(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*(['"])([^'"\n]+)\1/gm,
    /^\s*import\s*(['"])([^'"\n]+)\1/gm,
    /\b(?:import|require)\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[2]!);
  return found;
}

function violations(dir: string, forbidden: ReadonlySet<string>, allowed: (file: string, mod: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(dir)) {
    for (const mod of importedModules(fs.readFileSync(file, 'utf8'))) {
      if (allowed(path.relative(ROOT, file), mod)) continue;
      if (forbidden.has(mod)) out.push(`${path.relative(ROOT, file)} imports '${mod}'`);
    }
  }
  return out;
}

describe('static guard: imports of the extension and the core', () => {
  it('finds imports written in every form (the guard itself works)', () => {
    const sample = [
      "import * as fs from 'node:fs';",
      'import {',
      '  readFile,',
      '  writeFile,',
      '} from "fs";',
      "import type { Uri } from 'vscode';",
      "export { join } from 'path';",
      "import 'child_process';",
      "const cp = require('child_process');",
      "const p = await import('node:path');",
      "import os = require('fs/promises');",
      "// a comment that says: no vscode, no fs",
      "const url = 'https://example.com/from/fs';",
    ].join('\n');
    assert.deepEqual(importedModules(sample).sort(), ['child_process', 'child_process', 'fs', 'fs/promises', 'node:fs', 'node:path', 'path', 'vscode'].sort());
  });

  it('reads real source files (not vacuous)', () => {
    const extensionFiles = sourceFiles(path.join(ROOT, 'src', 'extension'));
    const coreFiles = sourceFiles(path.join(ROOT, 'src', 'core'));
    assert.ok(extensionFiles.length >= 10, `${extensionFiles.length} extension files`);
    assert.ok(coreFiles.length >= 10, `${coreFiles.length} core files`);
    const extensionImports = extensionFiles.flatMap((f) => importedModules(fs.readFileSync(f, 'utf8')));
    assert.ok(extensionImports.includes('vscode'), 'the extension imports vscode');
    assert.ok(extensionImports.includes('../core/releaseStore'), 'the extension imports the core');
  });

  it('src/extension imports no fs, path or child_process (files go through vscode.workspace.fs), but the desktop reader its fs', () => {
    const readerOnlyFs = (file: string, mod: string) => file === DESKTOP_READER && mod === 'node:fs';
    assert.deepEqual(violations(path.join(ROOT, 'src', 'extension'), FORBIDDEN_EVERYWHERE, readerOnlyFs), []);
  });

  it('the desktop reader reads only, and only file: URIs itself; its browser variant has no fs', () => {
    const reader = fs.readFileSync(path.join(ROOT, DESKTOP_READER), 'utf8');
    assert.deepEqual([...reader.matchAll(/(?<!workspace\.)\bfs\.(\w+)/g)].map((m) => m[1]).sort(), ['readFile', 'stat']);
    // Both functions hand other schemes (virtual workspaces, remote file systems) to workspace.fs.
    assert.match(reader, /export function isLocal\(uri: vscode\.Uri\): boolean \{\n  return uri\.scheme === 'file';\n\}/);
    assert.equal([...reader.matchAll(/if \(!isLocal\(uri\)\) return vscode\.workspace\.fs\.(readFile|stat)\(uri\);/g)].length, 2);
    const web = fs.readFileSync(path.join(ROOT, DESKTOP_READER.replace(/\.ts$/, '.web.ts')), 'utf8');
    assert.deepEqual(importedModules(web), ['vscode']);
  });

  it('src/core imports no vscode, fs, path or child_process', () => {
    assert.deepEqual(violations(path.join(ROOT, 'src', 'core'), FORBIDDEN_IN_CORE), []);
  });

  it('src/extension never writes to the workspace: only reading calls of workspace.fs, no edits, no saves', () => {
    const problems: string[] = [];
    // The export commands write the .csv/.json file the user chose, through the one export writer.
    const EXPORT = path.join('src', 'extension', 'commands', 'export.ts');
    const exportSource = fs.readFileSync(path.join(ROOT, EXPORT), 'utf8');
    assert.match(exportSource, /writeExport\(/, 'export.ts writes through the export writer');
    assert.match(exportSource, /exportFormatOf\(uri\)/, 'export.ts checks the chosen file is .csv or .json');
    assert.match(exportSource, /workspace\.index\.has\(uri\.toString\(\)\)/, 'export.ts refuses to write over a release');
    // The index cache writes one file in the storage folder it is given, which is the extension's own.
    const cacheSource = fs.readFileSync(path.join(ROOT, CACHE_WRITER), 'utf8');
    assert.deepEqual([...cacheSource.matchAll(/Uri\.joinPath\(([^)]*)\)/g)].map((m) => m[1]), ['this.storage, FILE_NAME']);
    assert.match(fs.readFileSync(path.join(ROOT, 'src', 'extension', 'extension.ts'), 'utf8'), /new IndexCacheFile\(context\.storageUri, /);
    for (const file of sourceFiles(path.join(ROOT, 'src', 'extension'))) {
      const rel = path.relative(ROOT, file);
      const source = fs.readFileSync(file, 'utf8');
      // The one exception: exports (tables, chart images) go to a file the user picks in a save dialog.
      const writer = rel === EXPORT_WRITER;
      const cacheWriter = rel === CACHE_WRITER;
      const allowed = writer ? ['writeFile'] : cacheWriter ? ['writeFile', 'createDirectory', 'delete'] : [];
      for (const m of source.matchAll(/\bworkspace\.fs\.(\w+)/g)) {
        if (!['stat', 'readFile', 'readDirectory', ...allowed].includes(m[1]!)) problems.push(`${rel}: workspace.fs.${m[1]}`);
      }
      for (const m of source.matchAll(/\b(writeFile|applyEdit|WorkspaceEdit|createDirectory|saveAll|insertSnippet)\b|\.(edit|save)\(/g)) {
        if (!(m[1] && allowed.includes(m[1]))) problems.push(`${rel}: ${m[0]}`);
      }
      for (const m of source.matchAll(/executeCommand\(\s*['"`]([^'"`]+)/g)) {
        if (/save|delete|rename|write|paste|files\./i.test(m[1]!)) problems.push(`${rel}: executeCommand('${m[1]}')`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('the export writer writes only where a save dialog (or a command argument) says', () => {
    const source = fs.readFileSync(path.join(ROOT, EXPORT_WRITER), 'utf8');
    assert.match(source, /showSaveDialog/);
    assert.equal([...source.matchAll(/\bworkspace\.fs\.writeFile\(/g)].length, 1);
  });

  it('the manifest declares untrusted and virtual workspace support', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  });
});

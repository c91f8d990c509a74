// Failure handling in a real VS Code host: the desktop file reader against workspace.fs, awkward
// files in the workspace (empty, binary, PDF, UTF-16, invalid UTF-8, CRLF and CR, oversized, a
// symlink loop), folders moved in whole, 1,000 files created at once, files deleted while a scan
// runs, and providers asked about adversarial documents.
// Everything this file creates is removed again, and the setting it changes is restored, so the test
// files after it (alphabetically: smoke) see the workspace as it was.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyzeRelease } from '../../src/core/analyze';
import { InThreadAnalyzer } from '../../src/core/analyzer';
import { ConfigService } from '../../src/extension/config';
import type { ReleaseLensApi } from '../../src/extension/extension';
import * as files from '../../src/extension/files';
import { IndexCacheFile } from '../../src/extension/indexCache';
import { ReleaseWorkspace } from '../../src/extension/releaseWorkspace';
import { activateApi, sleep, waitFor } from './util';

const GOOD = [
  'corvanta-licensing-deal.release',
  'helixora-phase2-topline.release',
  'nordelle-fda-approval.release',
  'quillon-qx-501-phase1.release',
  'archive/quillon-zerran-license.txt',
];

/** A short fictional release naming `code`, lines joined by `nl`. */
function releaseText(code: string, nl = '\n'): string {
  return [
    `Acme Bio Starts Trial of ${code}`,
    '',
    `BOSTON, May 5, 2032 (GLOBE NEWSWIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) today announced the first patient dosed in a Phase 1 trial of ${code}, an anti-CD19 antibody.`,
    '',
    `About ${code}`,
    `${code} is an investigational antibody-drug conjugate.`,
    '',
  ].join(nl);
}

async function withTimeout<T>(p: Thenable<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)));
  try {
    return await Promise.race([Promise.resolve(p), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('Release Lens reliability (real VS Code host)', function () {
  this.timeout(120_000);
  let api: ReleaseLensApi;
  let folder: vscode.Uri;
  let root: string;
  const id = (rel: string) => vscode.Uri.joinPath(folder, ...rel.split('/')).toString();
  const write = (rel: string, data: string | Uint8Array) => {
    const full = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, data);
    return full;
  };
  // Releases that are not open keep their programs' mentions, not a list of every mention.
  const codesIn = (rel: string) => api.workspace.index.get(id(rel))?.programs.flatMap((p) => p.mentions.map((m) => m.text)) ?? [];
  const indexedUnder = (dir: string) => api.workspace.index.releases().filter((r) => r.file.startsWith(id(dir) + '/'));
  const goodIndexed = () => GOOD.every((rel) => api.workspace.index.has(id(rel)));
  const section = () => vscode.workspace.getConfiguration('releaseLens');

  before(async () => {
    api = await activateApi();
    folder = vscode.workspace.workspaceFolders![0]!.uri;
    assert.equal(folder.scheme, 'file', 'the test workspace is on disk');
    root = folder.fsPath;
  });

  after(async () => {
    for (const dir of ['bad', 'bulk1000', 'deleting']) fs.rmSync(path.join(root, dir), { recursive: true, force: true });
    await section().update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.workspace.rescan();
    await waitFor(() => api.workspace.state === 'ready' && goodIndexed() && indexedUnder('bad').length === 0, 'workspace back to its test files', 30_000);
  });

  describe('reading files from disk', () => {
    /** The code of the error a reader rejects with (undefined if it resolves). */
    const codeOf = async (read: Thenable<unknown>) => {
      try {
        await read;
        return undefined;
      } catch (e) {
        assert.ok(e instanceof vscode.FileSystemError, `a FileSystemError: ${String(e)}`);
        return e.code;
      }
    };

    after(() => fs.rmSync(path.join(root, 'reading'), { recursive: true, force: true }));

    it('reads what workspace.fs reads, and fails as it does', async () => {
      const file = vscode.Uri.file(write('reading/one.release', releaseText('RDR-1801')));
      const dir = vscode.Uri.file(path.join(root, 'reading'));
      const missing = vscode.Uri.file(path.join(root, 'reading', 'missing.release'));
      const underFile = vscode.Uri.joinPath(file, 'inside.release');
      assert.deepEqual(Buffer.from(await files.readFile(file)), Buffer.from(await vscode.workspace.fs.readFile(file)));
      const fileStat = await vscode.workspace.fs.stat(file);
      assert.deepEqual(await files.stat(file), { type: fileStat.type, size: fileStat.size, mtime: fileStat.mtime });
      assert.equal((await files.stat(dir)).type, (await vscode.workspace.fs.stat(dir)).type);
      for (const uri of [missing, dir, underFile]) {
        const ours = await codeOf(files.readFile(uri));
        assert.ok(ours, `${uri.path} cannot be read`);
        assert.equal(ours, await codeOf(vscode.workspace.fs.readFile(uri)), uri.path);
      }
      assert.equal(await codeOf(files.stat(missing)), await codeOf(vscode.workspace.fs.stat(missing)));
    });
  });

  describe('awkward files in bad/', () => {
    before(async () => {
      write('bad/empty.release', '');
      write('bad/pdf-renamed.txt', Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0, 0, 0x0a]), Buffer.from(releaseText('PDF-1701'))]));
      write('bad/nul.release', Buffer.concat([Buffer.from(releaseText('NUL-1702')), Buffer.from([0, 0, 0, 0])]));
      write('bad/utf16le.release', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(releaseText('UTF-1601'), 'utf16le')]));
      write('bad/utf16be.release', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(releaseText('UTF-1602'), 'utf16le').swap16()]));
      const invalid = Buffer.from(releaseText('INV-1603'));
      const at = invalid.indexOf('first patient');
      write('bad/invalid-utf8.release', Buffer.concat([invalid.subarray(0, at), Buffer.from([0xc3, 0x28]), invalid.subarray(at)]));
      write('bad/crlf.release', releaseText('CRL-1604', '\r\n'));
      write('bad/cr.release', releaseText('CRO-1605', '\r'));
      write('bad/oversized.release', releaseText('BIG-1606') + 'x'.repeat(200 * 1024));
      fs.symlinkSync(path.join(root, 'bad'), path.join(root, 'bad', 'loop'));
      // 0.1 MB is the smallest value the manifest allows; the file above is 200 KB.
      await section().update('maxFileSize', 0.1, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.config.value.maxFileSize === 0.1 * 1024 * 1024, 'maxFileSize read');
      const started = Date.now();
      await withTimeout(api.workspace.rescan(), 30_000, 'a rescan with a symlink loop');
      console.log(`      rescan with bad/ took ${Date.now() - started} ms`);
      await waitFor(() => api.workspace.state === 'ready', 'index ready');
    });

    after(async () => {
      await section().update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.config.value.maxFileSize === 5 * 1024 * 1024, 'maxFileSize restored');
    });

    it('analyses files read from disk in worker threads, with the same result as in the host thread', async () => {
      const analyzer = api.workspace.analyzer as { workerCount?: number };
      assert.equal(typeof analyzer.workerCount, 'number', 'the desktop host uses the worker pool');
      write('pool/pool-check.release', releaseText('POOL-2041'));
      await waitFor(() => api.workspace.index.program('POOL-2041'), 'release analysed by the pool', 30_000);
      assert.ok(analyzer.workerCount! >= 1, 'a worker ran');
      const stored = api.workspace.index.get(id('pool/pool-check.release'))!;
      const here = analyzeRelease(stored.file, releaseText('POOL-2041'));
      assert.deepEqual(stored.programs, here.programs);
      assert.deepEqual(stored.structure, here.structure);
      fs.rmSync(path.join(root, 'pool'), { recursive: true, force: true });
      await waitFor(() => !api.workspace.index.program('POOL-2041'), 'release removed');
    });

    it('still indexes the good releases of the workspace', () => {
      assert.ok(goodIndexed(), api.workspace.index.releases().map((r) => r.file).join('\n'));
    });

    it('indexes what can be decoded, with its codes: UTF-16 LE and BE, invalid UTF-8, CRLF, CR, empty', () => {
      assert.deepEqual(new Set(codesIn('bad/utf16le.release')), new Set(['UTF-1601']));
      assert.deepEqual(new Set(codesIn('bad/utf16be.release')), new Set(['UTF-1602']));
      assert.deepEqual(new Set(codesIn('bad/invalid-utf8.release')), new Set(['INV-1603']));
      assert.deepEqual(new Set(codesIn('bad/crlf.release')), new Set(['CRL-1604']));
      assert.deepEqual(new Set(codesIn('bad/cr.release')), new Set(['CRO-1605']));
      // Line numbers are the same whatever the line breaks: the "About" line is line 5.
      for (const rel of ['bad/crlf.release', 'bad/cr.release', 'bad/utf16be.release']) {
        const about = api.workspace.index.get(id(rel))!.structure.sections.find((s) => s.kind === 'about');
        assert.equal(about?.line, 5, rel);
      }
      assert.ok(api.workspace.index.program('UTF-1602'), 'program from the UTF-16 BE file');
      assert.ok(api.workspace.index.has(id('bad/empty.release')), 'an empty release is a release with nothing in it');
      assert.deepEqual(api.workspace.index.get(id('bad/empty.release'))!.programs, []);
      for (const rel of ['bad/utf16le.release', 'bad/utf16be.release', 'bad/invalid-utf8.release', 'bad/crlf.release', 'bad/cr.release', 'bad/empty.release']) {
        assert.equal(api.workspace.skipped.get(id(rel)), undefined, rel);
      }
    });

    it('skips binary, PDF and oversized files, and says why', () => {
      const reasons = Object.fromEntries([...api.workspace.skipped].map(([k, v]) => [k.slice(folder.toString().length + 1), v]));
      for (const rel of ['bad/nul.release', 'bad/pdf-renamed.txt', 'bad/oversized.release']) {
        assert.ok(!api.workspace.index.has(id(rel)), `${rel} is not indexed`);
      }
      assert.match(reasons['bad/nul.release'] ?? '', /binary|PDF/, JSON.stringify(reasons));
      assert.match(reasons['bad/pdf-renamed.txt'] ?? '', /binary|PDF/, JSON.stringify(reasons));
      assert.match(reasons['bad/oversized.release'] ?? '', /larger than/, JSON.stringify(reasons));
      assert.equal(api.workspace.index.program('NUL-1702'), undefined);
      assert.equal(api.workspace.index.program('BIG-1606'), undefined);
    });

    it('does not follow the symlink loop more than once', () => {
      const files = api.workspace.index.releases().map((r) => r.file);
      assert.ok(!files.some((f) => f.includes('/loop/loop/')), files.join('\n'));
      // Each decodable release in bad/ is reached at most through bad/ and bad/loop/.
      const viaLoop = files.filter((f) => f.includes('/bad/loop/'));
      console.log(`      ${viaLoop.length} files indexed through bad/loop/`);
      assert.ok(viaLoop.length <= 6, viaLoop.join('\n'));
    });

    it('indexes a skipped file once it is fixed, and forgets a skipped file that is deleted', async () => {
      write('bad/nul.release', releaseText('NUL-1702'));
      await waitFor(() => api.workspace.index.program('NUL-1702'), 'fixed file indexed', 15_000);
      assert.equal(api.workspace.skipped.get(id('bad/nul.release')), undefined);
      fs.rmSync(path.join(root, 'bad', 'pdf-renamed.txt'));
      await waitFor(() => !api.workspace.skipped.has(id('bad/pdf-renamed.txt')), 'deleted skipped file forgotten', 15_000);
    });
  });

  describe('folders moved in', () => {
    after(async () => {
      for (const dir of ['moved-in', 'moved-in.release']) fs.rmSync(path.join(root, dir), { recursive: true, force: true });
      await waitFor(() => !api.workspace.index.program('MOV-1901') && !api.workspace.index.program('MOV-1902'), 'moved folders forgotten', 15_000);
    });

    it('indexes the releases of a folder moved into the workspace, also of one named like a release', async () => {
      // Moved in whole, a folder arrives as one event for the folder, not one per file in it.
      const outside = fs.mkdtempSync(path.join(path.dirname(root), 'release-lens-outside-'));
      try {
        for (const [dir, code] of [['moved-in', 'MOV-1901'], ['moved-in.release', 'MOV-1902']] as const) {
          fs.mkdirSync(path.join(outside, dir, 'sub'), { recursive: true });
          fs.writeFileSync(path.join(outside, dir, 'sub', 'r.release'), releaseText(code));
          fs.renameSync(path.join(outside, dir), path.join(root, dir));
        }
        await waitFor(() => api.workspace.index.program('MOV-1901'), 'the release in moved-in/ indexed', 15_000);
        await waitFor(() => api.workspace.index.program('MOV-1902'), 'the release in moved-in.release/ indexed', 15_000);
        assert.equal(api.workspace.skipped.get(id('moved-in.release')), undefined, 'the folder is no release to skip');
        assert.ok(!api.workspace.index.has(id('moved-in.release')));
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  describe('index cache between sessions', () => {
    // Each "session" is a workspace index of its own over the test folder, as a window opened again
    // makes, sharing one storage folder.
    const storage = () => vscode.Uri.file(path.join(os.tmpdir(), `release-lens-cache-test-${process.pid}`));
    const log = vscode.window.createOutputChannel('Release Lens index cache test', { log: true });
    const sessions: ReleaseWorkspace[] = [];
    const session = async () => {
      const ws = new ReleaseWorkspace(new ConfigService(() => {}), log, new InThreadAnalyzer(), new IndexCacheFile(storage(), log));
      sessions.push(ws);
      await ws.ensureStarted();
      return ws;
    };
    /** The distinct codes a release's programs are mentioned by. */
    const codesOf = (ws: ReleaseWorkspace, rel: string) => [...new Set(ws.index.get(id(rel))?.programs.flatMap((p) => p.mentions.map((m) => m.text)))];

    after(async () => {
      for (const ws of sessions) ws.dispose();
      log.dispose();
      fs.rmSync(storage().fsPath, { recursive: true, force: true });
      fs.rmSync(path.join(root, 'cached'), { recursive: true, force: true });
      await waitFor(() => !['KPT-7001', 'KPT-7002', 'KPT-7003', 'KPT-7004'].some((c) => api.workspace.index.program(c)), 'cached/ forgotten', 15_000);
    });

    it('reads only the files that changed since the last session, and everything on Rescan', async () => {
      write('cached/kept.release', releaseText('KPT-7001'));
      write('cached/changed.release', releaseText('KPT-7002'));
      write('cached/deleted.release', releaseText('KPT-7003'));
      const first = await session();
      assert.equal(first.cacheHits, 0, 'no cache yet');
      assert.ok(GOOD.every((rel) => first.index.has(id(rel))));
      assert.deepEqual(codesOf(first, 'cached/changed.release'), ['KPT-7002']);
      const cacheFile = path.join(storage().fsPath, 'index-cache.jsonl');
      assert.ok(fs.existsSync(cacheFile), 'written when the scan ended');
      const listed = fs.readFileSync(cacheFile, 'utf8').trimEnd().split('\n').length - 1;
      first.dispose();

      // While no window is open: one file changes (same size, later time), one goes, one comes.
      const changed = write('cached/changed.release', releaseText('KPT-7004'));
      const later = new Date(Date.now() + 60_000);
      fs.utimesSync(changed, later, later);
      fs.rmSync(path.join(root, 'cached', 'deleted.release'));
      write('cached/added.release', releaseText('KPT-7005'));

      const second = await session();
      assert.equal(second.cacheHits, listed - 2, 'every file but the changed and the deleted one from the cache');
      assert.deepEqual(codesOf(second, 'cached/changed.release'), ['KPT-7004'], 'the changed file read again');
      assert.ok(!second.index.has(id('cached/deleted.release')));
      assert.deepEqual(codesOf(second, 'cached/added.release'), ['KPT-7005']);
      for (const rel of [...GOOD, 'cached/kept.release']) assert.deepEqual(second.index.get(id(rel)), first.index.get(id(rel)), `${rel} as first read`);
      assert.deepEqual(second.index.programs().map((p) => p.id).sort(), [...first.index.programs().map((p) => p.id).filter((p) => p !== 'KPT-7002' && p !== 'KPT-7003'), 'KPT-7004', 'KPT-7005'].sort());

      await second.rescan({ readAll: true });
      assert.equal(second.cacheHits, 0, 'Rescan Releases reads every file again');
      assert.deepEqual(codesOf(second, 'cached/kept.release'), ['KPT-7001']);
    });

    it('reads every file again when the cache was written by another analyser or is cut short', async () => {
      const cacheFile = path.join(storage().fsPath, 'index-cache.jsonl');
      const text = fs.readFileSync(cacheFile, 'utf8');
      fs.writeFileSync(cacheFile, text.slice(0, text.length - 200));
      const cut = await session();
      assert.equal(cut.cacheHits, 0, 'a cut-off cache is not used');
      assert.ok(GOOD.every((rel) => cut.index.has(id(rel))));
      const whole = fs.readFileSync(cacheFile, 'utf8');
      assert.ok(whole.length >= text.length - 200 && whole.endsWith('\n'), 'written whole again');
      fs.writeFileSync(cacheFile, whole.replace('"key":"unbundled ', '"key":"another-build '));
      const other = await session();
      assert.equal(other.cacheHits, 0, "another build's cache is not used");
    });
  });

  describe('many files', () => {
    it('indexes 1,000 files created at once, with the change events coalesced', async () => {
      const dir = path.join(root, 'bulk1000');
      fs.mkdirSync(dir, { recursive: true });
      await sleep(300);
      let fires = 0;
      const sub = api.workspace.onDidChange(() => fires++);
      const started = Date.now();
      try {
        await Promise.all(Array.from({ length: 1000 }, (_, k) => fs.promises.writeFile(path.join(dir, `r${k}.release`), releaseText(`BLK-${5000 + k}`))));
        await waitFor(() => indexedUnder('bulk1000').length === 1000, '1,000 files indexed', 90_000);
        const indexedIn = Date.now() - started;
        await sleep(1000); // let trailing events arrive before counting
        console.log(`      1,000 files indexed in ${indexedIn} ms with ${fires} change events`);
      } finally {
        sub.dispose();
      }
      assert.ok(fires < 50, `${fires} change events for 1,000 files`);
      assert.ok(api.workspace.index.program('BLK-5000') && api.workspace.index.program('BLK-5999'));
      assert.ok(goodIndexed());
      fs.rmSync(dir, { recursive: true, force: true });
      await waitFor(() => indexedUnder('bulk1000').length === 0, 'bulk folder deletion followed', 30_000);
    });

    it('finishes a scan during which files are deleted', async () => {
      const names = Array.from({ length: 400 }, (_, k) => `deleting/d${String(k).padStart(3, '0')}.release`);
      for (const [k, rel] of names.entries()) write(rel, releaseText(`DEL-${1000 + k}`) + 'Forward-looking statements. '.repeat(40));
      await waitFor(() => indexedUnder('deleting').length === names.length, 'files to delete indexed', 60_000);
      const scan = api.workspace.rescan();
      // Wait until the scan has listed the files and read some, then delete the rest under it.
      await waitFor(() => indexedUnder('deleting').length > 0 || api.workspace.state !== 'indexing', 'scan reading', 30_000);
      const midScan = api.workspace.state === 'indexing';
      const readBefore = indexedUnder('deleting').length;
      const deleted = names.filter((_, k) => k % 2 === 1);
      for (const rel of deleted) fs.rmSync(path.join(root, ...rel.split('/')));
      console.log(`      deleted ${deleted.length} files ${midScan ? `while the scan ran (${readBefore} of ${names.length} read)` : 'after the scan (it was too quick)'}`);
      await withTimeout(scan, 60_000, 'the scan with files deleted under it');
      assert.equal(api.workspace.state, 'ready');
      await waitFor(() => deleted.every((rel) => !api.workspace.index.has(id(rel))), 'deleted files dropped', 30_000);
      assert.ok(names.filter((_, k) => k % 2 === 0).every((rel) => api.workspace.index.has(id(rel))), 'the files kept are indexed');
      assert.deepEqual(deleted.filter((rel) => api.workspace.skipped.has(id(rel))), [], 'a deleted file is not "skipped"');
      assert.ok(goodIndexed());
      fs.rmSync(path.join(root, 'deleting'), { recursive: true, force: true });
      await waitFor(() => indexedUnder('deleting').length === 0, 'deleting/ removed', 30_000);
    });
  });

  describe('providers on adversarial documents', () => {
    const WEIRD: Record<string, string> = {
      'ten thousand "$1,"': '$1,'.repeat(10_000),
      'lone surrogates': 'Trial of AB-123 \ud800 in \udc00 Phase 2 \ud83d $5 million \udfff\n'.repeat(200),
      'CR-only lines': releaseText('CRX-1701', '\r').repeat(200),
      'parentheses and hyphens': '('.repeat(5000) + '-'.repeat(5000) + ')'.repeat(5000),
      '"About X" lines': 'About X\n'.repeat(3000),
      'one 200 KB line': 'IMGN632 $(33,227) Q3 2017 Phase 1/2 '.repeat(6000),
      'NUL and control characters': 'A\u0000B\u0001 $\u0000 1 \u001b[31m IMGN632\u0000\n'.repeat(100),
    };

    for (const [name, content] of Object.entries(WEIRD)) {
      it(`hover, outline, definition, references and highlights answer on ${name}`, async () => {
        const doc = await vscode.workspace.openTextDocument({ language: 'release', content });
        assert.equal(doc.languageId, 'release');
        const end = doc.positionAt(content.length);
        const positions = [new vscode.Position(0, 0), new vscode.Position(0, 1), doc.positionAt(Math.floor(content.length / 2)), end];
        const timings: string[] = [];
        const timed = async <T>(what: string, run: () => Thenable<T>): Promise<T> => {
          const t0 = Date.now();
          const result = await run();
          timings.push(`${what} ${Date.now() - t0}`);
          return result;
        };
        for (const pos of positions) {
          const hovers = await timed('hover', () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
          assert.ok(Array.isArray(hovers));
          const defs = await timed('definition', () => vscode.commands.executeCommand<unknown[]>('vscode.executeDefinitionProvider', doc.uri, pos));
          assert.ok(Array.isArray(defs));
          const refs = await timed('references', () => vscode.commands.executeCommand<unknown[]>('vscode.executeReferenceProvider', doc.uri, pos));
          assert.ok(Array.isArray(refs));
          const highlights = await timed('highlights', () => vscode.commands.executeCommand<unknown[] | undefined>('vscode.executeDocumentHighlights', doc.uri, pos));
          assert.ok(highlights === undefined || Array.isArray(highlights));
        }
        const slowest = timings.reduce((a, b) => (Number(b.split(' ')[1]) > Number(a.split(' ')[1]) ? b : a));
        console.log(`      slowest answer: ${slowest} ms`);
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        assert.ok(symbols === undefined || Array.isArray(symbols));
        // The document was analysed; closing it takes it out of the index again.
        assert.ok(api.workspace.index.has(doc.uri.toString()));
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await waitFor(() => !api.workspace.index.has(doc.uri.toString()), 'closed untitled document dropped from the index');
      });
    }

    it('finds a program in an untitled release, and forgets it when the editor closes', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'release', content: releaseText('UNT-1801') });
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      await waitFor(() => api.workspace.index.program('UNT-1801'), 'untitled release indexed');
      // A rescan (after a settings change, say) keeps open editors that no workspace file backs.
      await api.workspace.rescan();
      assert.ok(api.workspace.index.program('UNT-1801'), 'untitled release still indexed after a rescan');
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor(() => !api.workspace.index.program('UNT-1801'), 'program of the closed untitled release gone');
    });
  });
});

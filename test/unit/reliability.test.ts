// The CLI on files that are not what they claim to be: empty, binary, PDF, other encodings, odd line
// breaks, oversized, deleted while scanning, symlink loops, unreadable, FIFOs and devices.
// (decode.test.ts covers decodeRelease on bytes; this drives the whole `scan` through real files.)
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { decodeRelease } from '../../src/core/decode';

interface ReportMention { kind: string; text: string; offset: number; length: number; line: number; column: number; value: string | number }
interface Report { releases: { file: string; mentions: ReportMention[] }[]; programs: { id: string }[] }

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, columns: 140 });
  return { code, stdout, stderr, report: code === 0 ? (JSON.parse(stdout) as Report) : undefined };
}

/** A short fictional release whose drug code is `code`, with line breaks `nl`. */
function releaseText(code: string, nl = '\n'): string {
  return [
    `Acme Bio Starts Trial of ${code}`,
    '',
    `BOSTON, May 5, 2032 -- Acme Bio, Inc. today announced the first patient dosed in a Phase 1 trial of ${code},`,
    'an anti-CD19 antibody.',
    `About ${code}`,
    `${code} is an investigational antibody.`,
    '',
  ].join(nl);
}

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const isRoot = process.getuid?.() === 0;

describe('CLI reliability on awkward files', function () {
  this.timeout(20_000);
  let dir: string;
  const write = (name: string, data: string | Uint8Array) => {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, data);
    return full;
  };
  const release = (report: Report | undefined, name: string) => report?.releases.find((r) => path.basename(r.file) === name);
  const codes = (report: Report | undefined, name: string) => release(report, name)?.mentions.filter((m) => m.kind === 'drug-code').map((m) => m.text) ?? [];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-lens-reliability-'));
  });
  afterEach(() => {
    // Give back permissions taken away by a test before removing the folder.
    for (const p of [dir, path.join(dir, 'locked')]) if (fs.existsSync(p)) fs.chmodSync(p, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads an empty .release as a release with nothing in it, and ignores an empty .txt, without warnings', async () => {
    assert.deepEqual(decodeRelease(new Uint8Array(0)), { ok: true, text: '', encoding: 'utf-8' });
    write('empty.release', '');
    write('empty.txt', '');
    const { code, report, stderr } = await run(['scan', dir], dir);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.deepEqual(report!.releases.map((r) => r.file), ['empty.release']);
    assert.deepEqual(report!.releases[0]!.mentions, []);
  });

  it('decodes UTF-8 with BOM, UTF-16 LE and BE with BOM: codes found, offsets in the decoded text', async () => {
    const text = releaseText('UTF-1601');
    write('bom8.release', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    write('le.release', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(releaseText('UTF-1602'), 'utf16le')]));
    write('be.release', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(releaseText('UTF-1603'))]));
    const { code, report, stderr } = await run(['scan', dir], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    for (const [name, id] of [['bom8.release', 'UTF-1601'], ['le.release', 'UTF-1602'], ['be.release', 'UTF-1603']] as const) {
      assert.ok(codes(report, name).includes(id), `${name}: ${codes(report, name).join(',')}`);
      const first = release(report, name)!.mentions.find((m) => m.text === id)!;
      // The BOM is not part of the text: offsets count from the first real character.
      assert.equal(first.offset, releaseText(id).indexOf(id), name);
      assert.deepEqual([first.line, first.column], [1, 26], name);
    }
    assert.ok(report!.programs.some((p) => p.id === 'UTF-1602') && report!.programs.some((p) => p.id === 'UTF-1603'));
  });

  it('reads invalid UTF-8 with replacement characters and still finds the code', async () => {
    const text = releaseText('BAD-2201');
    const bytes = Buffer.from(text, 'utf8');
    const at = text.indexOf('first patient');
    write('invalid.release', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff, 0x80]), bytes.subarray(at)]));
    const { report, stderr } = await run(['scan', dir], dir);
    assert.equal(stderr, '');
    assert.deepEqual(new Set(codes(report, 'invalid.release')), new Set(['BAD-2201']));
    const mentions = release(report, 'invalid.release')!.mentions;
    const last = mentions.filter((m) => m.text === 'BAD-2201').at(-1)!;
    assert.equal(last.line, 6);
    assert.equal(last.column, 1);
  });

  it('counts lines alike with CRLF, LF and lone CR', async () => {
    write('crlf.release', releaseText('CRL-2201', '\r\n'));
    write('cr.release', releaseText('CRO-2201', '\r'));
    write('lf.release', releaseText('LFE-2201', '\n'));
    const { report, stderr } = await run(['scan', dir], dir);
    assert.equal(stderr, '');
    for (const [name, id] of [['crlf.release', 'CRL-2201'], ['cr.release', 'CRO-2201'], ['lf.release', 'LFE-2201']] as const) {
      const positions = release(report, name)!.mentions.filter((m) => m.text === id).map((m) => [m.line, m.column]);
      const expected = releaseText(id)
        .split('\n')
        .flatMap((l, k) => [...l.matchAll(new RegExp(id, 'g'))].map((m) => [k + 1, m.index! + 1]));
      assert.equal(expected.length, 4);
      assert.deepEqual(positions, expected, name);
    }
  });

  it('skips NUL-binary and PDF files with a warning naming why, and scans the rest', async () => {
    write('good.release', releaseText('GDX-101'));
    write('nul.release', Buffer.concat([Buffer.from(releaseText('NUL-101')), Buffer.from([0, 0, 0, 1])]));
    write('pdf-renamed.txt', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 0xff]), Buffer.from(releaseText('PDF-101'))]));
    write('pdf-no-nul.release', `%PDF-1.4\n${releaseText('PDF-102')}`);
    const { code, report, stderr } = await run(['scan', dir], dir);
    assert.equal(code, 0);
    assert.deepEqual(report!.releases.map((r) => r.file), ['good.release']);
    assert.match(stderr, /skipped nul\.release: binary/);
    assert.match(stderr, /skipped pdf-renamed\.txt: binary/);
    assert.match(stderr, /skipped pdf-no-nul\.release: a PDF/);
  });

  it('skips an oversized file with exactly one warning, however many ways it is reached', async () => {
    const big = write('big.release', releaseText('BIG-101') + 'x'.repeat(100 * 1024));
    write('sub/good.release', releaseText('GDX-102'));
    fs.symlinkSync(big, path.join(dir, 'sub', 'alias.release'));
    fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    const { code, report, stderr } = await run(['scan', dir, big, path.join('sub', 'alias.release'), '--max-size', '0.05'], dir);
    assert.equal(code, 0);
    assert.deepEqual(report!.releases.map((r) => r.file), [path.join('sub', 'good.release')]);
    const notices = stderr.split('\n').filter((l) => /larger than/.test(l));
    assert.equal(notices.length, 1, stderr);
    // The limit as given, not rounded to "0 MB".
    assert.match(notices[0]!, /skipped big\.release: larger than the 0\.05 MB limit/);
  });

  it('carries on when a file is deleted between listing the folder and reading it', async () => {
    write('a-good.release', releaseText('GDA-101'));
    const doomed = write('b-doomed.release', releaseText('DMD-101'));
    write('c-good.release', releaseText('GDC-101'));
    const nodeFs = require('node:fs') as typeof fs;
    const original = nodeFs.readdirSync;
    let deleted = false;
    (nodeFs as { readdirSync: unknown }).readdirSync = function (this: unknown, ...args: unknown[]) {
      const entries = (original as (...a: unknown[]) => unknown).apply(this, args);
      if (!deleted) {
        fs.rmSync(doomed);
        deleted = true;
      }
      return entries;
    };
    let result: Awaited<ReturnType<typeof run>>;
    try {
      result = await run(['scan', dir], dir);
    } finally {
      nodeFs.readdirSync = original;
    }
    assert.ok(deleted, 'the hook ran (files.ts lists folders with fs.readdirSync)');
    assert.equal(result.code, 0);
    assert.deepEqual(result.report!.releases.map((r) => r.file), ['a-good.release', 'c-good.release']);
    assert.match(result.stderr, /skipped b-doomed\.release: no longer exists/);
  });

  it('follows symlink loops once: folder loops, mutual loops, a link to itself, a dangling link', async function () {
    if (process.platform === 'win32') this.skip();
    write('good.release', releaseText('GDL-101'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.mkdirSync(path.join(dir, 'b'));
    fs.symlinkSync(path.join(dir, 'b'), path.join(dir, 'a', 'to-b'));
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'b', 'to-a'));
    fs.symlinkSync(dir, path.join(dir, 'a', 'root'));
    fs.symlinkSync('self.release', path.join(dir, 'self.release'));
    fs.symlinkSync('nowhere.release', path.join(dir, 'dangling.release'));
    const started = Date.now();
    const { code, report, stderr } = await run(['scan', dir], dir);
    assert.equal(code, 0, stderr);
    assert.ok(Date.now() - started < 5000, 'no hang');
    assert.deepEqual(report!.releases.map((r) => r.file), ['good.release']);
    // A link loop named on the command line is reported, not followed.
    const named = await run(['scan', path.join(dir, 'self.release')], dir);
    assert.match(named.stderr, /self\.release: symbolic link loop/);
  });

  it('reports an unreadable folder and file as permission denied (not as root, who can read anything)', async function () {
    if (process.platform === 'win32') this.skip();
    write('good.release', releaseText('GDP-101'));
    write('locked/inside.release', releaseText('LCK-101'));
    const lockedFile = write('locked-file.release', releaseText('LCK-102'));
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    fs.chmodSync(lockedFile, 0o000);
    const { code, report, stderr } = await run(['scan', dir], dir);
    assert.equal(code, 0);
    assert.ok(report!.releases.some((r) => r.file === 'good.release'));
    if (!isRoot) {
      assert.match(stderr, /skipped locked: permission denied/);
      assert.match(stderr, /skipped locked-file\.release: permission denied/);
      assert.deepEqual(report!.releases.map((r) => r.file), ['good.release']);
    }
  });

  it('does not block on a FIFO or read a device forever (run in a child process with a time limit)', async function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(dir, 'pipe.release');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) this.skip();
    write('good.release', releaseText('GDF-101'));
    const main = require.resolve('../../src/cli/main');
    const script = `const { runCli } = require(${JSON.stringify(main)});
      let out = '', err = '';
      runCli(process.argv.slice(1), { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: ${JSON.stringify(dir)} }).then((code) =>
        process.stdout.write(JSON.stringify({ code, err, files: JSON.parse(out).releases.map((r) => r.file) })));`;
    const child = spawnSync(process.execPath, ['-e', script, 'scan', dir, fifo, ...(fs.existsSync('/dev/zero') ? ['/dev/zero'] : [])], { timeout: 10_000, encoding: 'utf8' });
    assert.equal(child.signal, null, 'the scan hung (killed after 10 s)');
    const result = JSON.parse(child.stdout) as { code: number; err: string; files: string[] };
    assert.equal(result.code, 0, result.err);
    assert.deepEqual(result.files, ['good.release']);
    assert.match(result.err, /skipped pipe\.release: not a regular file/);
    if (fs.existsSync('/dev/zero')) assert.match(result.err, /skipped \/dev\/zero: not a regular file/);
  });
});

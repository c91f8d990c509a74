import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/cli/analyzeFiles';
import { runCli } from '../../src/cli/main';
import { parseCatalog } from '../../src/core/catalogParser';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');

async function run(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, columns: 140 });
  return { code, stdout, stderr };
}

const sortedKeys = (o: object) => Object.keys(o).sort();

describe('CLI scan', () => {
  it('prints the JSON contract, version 1', async () => {
    const { code, stdout, stderr } = await run(['scan', FIXTURES]);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.deepEqual(sortedKeys(report), ['programs', 'releases', 'version']);
    assert.equal(report.version, 1);
    const release = report.releases[0];
    assert.deepEqual(sortedKeys(release), ['date', 'file', 'issuer', 'mentions', 'sections', 'title']);
    assert.deepEqual(sortedKeys(release.sections[0]), ['endLine', 'line', 'title']);
    const money = release.mentions.find((m: { kind: string }) => m.kind === 'money');
    assert.deepEqual(sortedKeys(money), ['column', 'currency', 'kind', 'length', 'line', 'offset', 'text', 'value']);
    const code118 = release.mentions.find((m: { kind: string }) => m.kind === 'drug-code');
    assert.deepEqual(sortedKeys(code118), ['column', 'kind', 'length', 'line', 'offset', 'text', 'value']);
    const program = report.programs.find((p: { id: string }) => p.id === 'OR-118');
    assert.deepEqual(sortedKeys(program), [
      'aliases', 'companies', 'deals', 'history', 'id', 'indications', 'mentions', 'modality', 'payload', 'phase', 'releases', 'target',
    ]);
    assert.deepEqual(sortedKeys(program.phase), ['date', 'file', 'line', 'value']);
    assert.deepEqual(sortedKeys(program.mentions[0]), ['column', 'file', 'length', 'line', 'offset', 'text']);
  });

  it('walks folders, keeps releases, skips other text and binary files with a warning', async () => {
    const { stdout, stderr } = await run(['scan', 'test/fixtures/cli']);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.releases.map((r: { file: string }) => r.file), [
      path.join('test', 'fixtures', 'cli', 'nested', 'kestrel-license.txt'),
      path.join('test', 'fixtures', 'cli', 'orvia-or-118-phase2.release'),
    ]);
    assert.match(stderr, /warning: skipped .*image\.txt: binary/);
    assert.doesNotMatch(stdout, /shopping-list/);
  });

  it('merges a program across releases: newest phase wins, older kept in history', async () => {
    const report = JSON.parse((await run(['scan', FIXTURES])).stdout);
    const p = report.programs.find((x: { id: string }) => x.id === 'OR-118');
    assert.equal(p.phase.value, '3');
    assert.equal(p.phase.date, '2024-09-09');
    assert.deepEqual(p.history.map((h: { fact: string; value: string }) => [h.fact, h.value]), [['phase', '2']]);
    assert.equal(p.target.value, 'GUCY2C');
    assert.equal(p.releases.length, 2);
    assert.ok(p.deals.some((d: { kind: string; amount: number; currency: string }) => d.kind === 'upfront' && d.amount === 8_000_000 && d.currency === 'CHF'));
    const mention = report.releases[0].mentions.find((m: { text: string }) => m.text === 'OR-118');
    assert.equal(mention.value, 'OR-118');
  });

  it('always analyses a file named on the command line', async () => {
    const report = JSON.parse((await run(['scan', 'test/fixtures/cli/nested/shopping-list.txt'])).stdout);
    assert.equal(report.releases.length, 1);
  });

  it('prints a table and CSV', async () => {
    const table = (await run(['scan', FIXTURES, '--format', 'table'])).stdout;
    assert.match(table, /^PROGRAM\s+TARGET\s+MODALITY\s+PHASE/);
    assert.match(table, /OR-118\s+GUCY2C\s+ADC\s+Phase 3 \(2024-09-09\)/);
    const csv = (await run(['scan', FIXTURES, '--format=csv'])).stdout.split('\r\n');
    assert.equal(csv[0], 'id,aliases,target,modality,payload,phase,indications,companies,deals,mentions,releases');
    assert.ok(csv.some((row) => row.startsWith('OR-118,,GUCY2C,ADC,,Phase 3 (2024-09-09),')));
  });

  it('exits 2 with a clear message for a missing path or a bad option', async () => {
    const missing = await run(['scan', 'no/such/folder']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file or folder: no\/such\/folder/);
    assert.equal((await run(['scan', FIXTURES, '--format', 'xml'])).code, 2);
    assert.equal((await run(['frobnicate'])).code, 2);
  });

  it('scans the bundled samples when no path is given', async () => {
    const report = JSON.parse((await run(['scan'])).stdout);
    assert.ok(report.releases.length >= 5);
    assert.ok(report.programs.length >= 5);
  });

  it('survives symlink loops, unreadable and oversized files', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-lens-cli-'));
    try {
      fs.copyFileSync(path.join(FIXTURES, 'orvia-or-118-phase2.release'), path.join(dir, 'good.release'));
      fs.symlinkSync(dir, path.join(dir, 'loop'));
      fs.writeFileSync(path.join(dir, 'big.release'), 'x'.repeat(2 * 1024 * 1024));
      const locked = path.join(dir, 'locked.release');
      fs.writeFileSync(locked, 'secret');
      fs.chmodSync(locked, 0o000);
      const { code, stdout, stderr } = await run(['scan', dir, '--max-size', '1']);
      assert.equal(code, 0);
      const files = JSON.parse(stdout).releases.map((r: { file: string }) => path.basename(r.file));
      assert.ok(files.includes('good.release'));
      assert.equal(files.filter((f: string) => f === 'good.release').length, 1, 'loop visited once');
      assert.match(stderr, /big\.release: larger than the 1 MB limit/);
      // Root can read anything; elsewhere the locked file is reported.
      if (process.getuid?.() !== 0) assert.match(stderr, /locked\.release: permission denied/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CLI programs and deals', () => {
  it('prints the programs table as JSON (version 1), CSV and a terminal table', async () => {
    const json = await run(['programs', FIXTURES]);
    assert.equal(json.code, 0, json.stderr);
    const doc = JSON.parse(json.stdout);
    assert.deepEqual(sortedKeys(doc), ['kind', 'programs', 'version']);
    assert.equal(doc.kind, 'programs');
    const p = doc.programs.find((x: { id: string }) => x.id === 'OR-118');
    assert.equal(p.phase, '3');
    assert.equal(p.releaseCount, 2);
    assert.deepEqual([p.firstMentioned, p.lastMentioned], ['2024-04-02', '2024-09-09']);
    const csv = (await run(['programs', FIXTURES, '--format', 'csv'])).stdout.split('\r\n');
    assert.equal(csv[0], 'id,aliases,target,modality,payload,phase,phase_date,phase_source,indications,companies,release_count,first_mentioned,last_mentioned');
    assert.ok(csv.some((row) => row.startsWith('OR-118,,GUCY2C,ADC,,3,2024-09-09,')), csv.join('\n'));
    const table = (await run(['programs', FIXTURES, '-f', 'table'])).stdout;
    assert.match(table, /^PROGRAM\s+TARGET\s+MODALITY\s+PHASE\s+INDICATIONS\s+COMPANIES\s+RELEASES\s+FIRST\s+LAST/);
    assert.match(table, /OR-118\s+GUCY2C\s+ADC\s+Phase 3 \(2024-09-09\)/);
  });

  it('prints the deals table: every transaction with kind, amount, program, status and place', async () => {
    const doc = JSON.parse((await run(['deals', FIXTURES])).stdout);
    assert.deepEqual(sortedKeys(doc), ['deals', 'kind', 'version']);
    assert.deepEqual(
      doc.deals.map((d: { kind: string; amount: number | null; currency: string | null; program: string | null }) => [d.kind, d.amount, d.currency, d.program]),
      [
        ['upfront', 8_000_000, 'CHF', 'OR-118'],
        ['license', null, null, 'OR-118'],
        ['milestone', 12_000_000, 'USD', null],
      ],
    );
    const license = doc.deals[1];
    assert.equal(license.file, path.join('test', 'fixtures', 'cli', 'nested', 'kestrel-license.txt'));
    assert.deepEqual(license.parties, [
      { name: 'Kestrel Pharma', role: 'licensee' },
      { name: 'Orvia Bio', role: 'licensor' },
    ]);
    const csv = (await run(['deals', FIXTURES, '--format=csv'])).stdout.split('\r\n');
    assert.equal(csv[0], 'date,kind,financing,parties,program,amount,currency,amount_text,status,file,line,release');
    assert.equal(csv.length, 5);
    const table = (await run(['deals', FIXTURES, '--format', 'table'])).stdout;
    assert.match(table, /^DATE\s+KIND\s+PARTIES\s+PROGRAM\s+AMOUNT\s+STATUS\s+RELEASE/);
    assert.match(table, /2024-09-09\s+upfront payment\s+Kestrel Pharma, Orvia Bio\s+OR-118\s+CHF 8M\s+announced/);
    assert.match(table, /3 deals in 2 releases/);
  });

  it('lists the commands in --help and rejects a bad format for the new commands too', async () => {
    const help = (await run(['--help'])).stdout;
    assert.match(help, /release-lens <command>/);
    assert.match(help, /programs\s+the program table/);
    assert.match(help, /deals\s+the deals table/);
    assert.equal((await run(['deals', FIXTURES, '--format', 'xml'])).code, 2);
    assert.equal((await run(['programs', 'no/such/folder'])).code, 2);
  });
});

describe('CLI on many files: worker threads', function () {
  this.timeout(60_000);
  const WORKER = path.join(ROOT, 'dist', 'analysisWorker.js');
  const CLI = path.join(ROOT, 'dist', 'cli.js');
  let dir: string;

  /** A fictional release; every fifth one names a code only the catalog's pattern knows (KV\d{2}[A-Z]{2}). */
  const releaseText = (i: number) =>
    [
      `Kestrel Vale Bio Reports Progress of KV-${300 + (i % 17)}`,
      '',
      `DENVER, ${['March', 'June', 'October'][i % 3]} ${1 + (i % 27)}, 20${20 + (i % 6)} (BUSINESS WIRE) -- Kestrel Vale Bio, Inc. today announced that KV-${300 + (i % 17)}, an antibody-drug conjugate directed against ${['HER3', 'TROP2', 'CLDN6'][i % 3]}, entered a Phase ${1 + (i % 3)} study in ovarian cancer.`,
      i % 5 === 0 ? `The company also licensed KV${10 + (i % 7)}QX to Orvia Pharma for an upfront payment of $${10 + i} million.` : `Net proceeds were $${20 + i}.5 million.`,
      '',
    ].join(i % 2 ? '\r\n' : '\n');

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-lens-cli-many-'));
    for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(dir, `kv-${String(i).padStart(3, '0')}.release`), releaseText(i));
    fs.writeFileSync(path.join(dir, '.release-lens.json'), JSON.stringify({ codePatterns: ['KV\\d{2}[A-Z]{2}'], programs: [{ code: 'KV-301', aliases: ['velvatamab'] }] }));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('analyseFiles through the worker bundle stores what analysis on this thread stores, catalog included', async function () {
    if (!fs.existsSync(WORKER)) this.skip();
    const catalog = parseCatalog(fs.readFileSync(path.join(dir, '.release-lens.json'), 'utf8'), '.release-lens.json').catalog;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.release')).map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    const pooled = new WorkspaceIndex();
    pooled.setCatalog(catalog);
    await analyzeFiles(pooled, files, catalog, true, WORKER);
    const inThread = new WorkspaceIndex();
    inThread.setCatalog(catalog);
    await analyzeFiles(inThread, files, catalog, true, undefined);
    assert.ok(pooled.program('KV12QX'), 'a code known only from the catalog pattern reached the workers');
    assert.equal(pooled.program('velvatamab')?.id, 'KV-301');
    assert.deepEqual(pooled.releases(), inThread.releases());
    assert.deepEqual(pooled.programs(), inThread.programs());
    assert.deepEqual(pooled.transactions(), inThread.transactions());
  });

  it('the bundled CLI prints the same scan, programs and deals as the one-thread run, and exits', async function () {
    if (!fs.existsSync(CLI)) this.skip();
    for (const command of ['scan', 'programs', 'deals']) {
      const child = spawnSync(process.execPath, [CLI, command, dir, '--format', 'json'], { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
      assert.equal(child.signal, null, `${command} did not exit (workers left running?)`);
      assert.equal(child.status, 0, child.stderr);
      const inThread = await run([command, dir, '--format', 'json']);
      assert.equal(inThread.code, 0, inThread.stderr);
      assert.deepEqual(JSON.parse(child.stdout), JSON.parse(inThread.stdout), command);
    }
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeRelease } from '../../src/core/analyze';
import { InThreadAnalyzer } from '../../src/core/analyzer';
import { recognitionCatalog } from '../../src/core/catalog';
import { parseCatalog } from '../../src/core/catalogParser';
import { AnalysisPool } from '../../src/node/analysisPool';
import { asciiJson, parseAscii } from '../../src/node/asciiJson';

// The bundled worker, built by `npm run build` (which `npm test` runs first).
const WORKER = path.resolve(__dirname, '..', '..', '..', 'dist', 'analysisWorker.js');
const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples');

describe('analysis pool (worker threads)', () => {
  const samples = fs.readdirSync(SAMPLES).map((f) => ({ file: f, text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') }));

  it('gives the same analyses as the calling thread, using several workers', async () => {
    assert.ok(fs.existsSync(WORKER), `${WORKER} missing: run npm run build`);
    const pool = new AnalysisPool(WORKER, { size: 2 });
    try {
      const jobs = samples.flatMap((s) => [s, s]).map((s) => pool.analyze(s.file, s.text));
      assert.equal(pool.workerCount, 2);
      const results = await Promise.all(jobs);
      results.forEach((a, i) => {
        const s = samples[i >> 1]!;
        assert.deepEqual(a, analyzeRelease(s.file, s.text), s.file);
      });
    } finally {
      pool.dispose();
    }
    assert.equal(pool.workerCount, 0);
  });

  it('sends text of any characters as ASCII bytes and reads it back unchanged', async () => {
    const odd = ['plain', 'en – dash, “quotes”, €10 million, Sjögren', '日本語', 'emoji 😀 and a lone \ud800 half', 'line\u2028separator', 'tab\tand\u0000nul', '\u007f\u0080\u00ff\u0100\uffff'];
    for (const text of odd) {
      const ascii = new TextEncoder().encode(asciiJson(JSON.stringify({ text })));
      assert.ok(ascii.every((b) => b < 0x80), text);
      assert.deepEqual(parseAscii(ascii), { text });
    }
    // Through a worker: a release with dashes, quotes and a currency sign gives what the calling thread gives.
    const pool = new AnalysisPool(WORKER, { size: 1 });
    try {
      const text = 'Halden Bio Reports – “HB-210” Update\n\nOSLO, Norway, 3 March 2025 – Halden Bio ASA (Oslo Børs: HALD) today announced €12 million in funding for HB-210 in Sjögren’s disease 😀.';
      assert.deepEqual(await pool.analyze('odd.release', text), analyzeRelease('odd.release', text));
    } finally {
      pool.dispose();
    }
  });

  it('an analysis survives JSON unchanged, as workers send it (no undefined fields, no NaN)', () => {
    const fixtures = path.resolve(SAMPLES, '..', 'test', 'fixtures');
    const files = (fs.readdirSync(fixtures, { recursive: true }) as string[]).filter((f) => /\.(txt|release|md)$/.test(f));
    assert.ok(files.length > 20, 'fixtures found');
    for (const f of [...files.map((x) => path.join(fixtures, x)), ...samples.map((s) => path.join(SAMPLES, s.file))]) {
      const analysis = analyzeRelease(path.basename(f), fs.readFileSync(f, 'utf8'));
      assert.deepEqual(parseAscii(new TextEncoder().encode(asciiJson(JSON.stringify(analysis)))), analysis, f);
    }
  });

  it('analyses on the calling thread when the worker script cannot load', async () => {
    const pool = new AnalysisPool(path.join(path.dirname(WORKER), 'no-such-worker.js'), { size: 1, fallback: () => new InThreadAnalyzer() });
    try {
      const s = samples[0]!;
      assert.deepEqual(await pool.analyze(s.file, s.text), analyzeRelease(s.file, s.text));
      assert.deepEqual(await pool.analyze(s.file, s.text), analyzeRelease(s.file, s.text));
    } finally {
      pool.dispose();
    }
  });

  it('finishes the jobs of a worker that dies, and of a pool disposed while busy', async () => {
    const pool = new AnalysisPool(WORKER, { size: 1 });
    const s = samples[1]!;
    const expected = analyzeRelease(s.file, s.text);
    const first = pool.analyze(s.file, s.text);
    // Kill the worker before it answers: its job is rescued on this thread.
    await (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots[0]!.worker.terminate();
    assert.deepEqual(await first, expected);
    const pending = [pool.analyze(s.file, s.text), pool.analyze(s.file, s.text)];
    pool.dispose();
    for (const p of pending) assert.deepEqual(await p, expected);
  });

  it('ends idle workers', async () => {
    const pool = new AnalysisPool(WORKER, { size: 1, idleMs: 50 });
    await pool.analyze(samples[0]!.file, samples[0]!.text);
    assert.equal(pool.workerCount, 1);
    const until = Date.now() + 5000;
    while (pool.workerCount > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    assert.equal(pool.workerCount, 0);
    pool.dispose();
  });

  it('reads with the workspace catalog in the workers too: its code patterns and ignored names', async () => {
    const { catalog } = parseCatalog(JSON.stringify({ codePatterns: ['TB\\d{2}[A-Z]{2}'], ignore: ['ZX-400'] }), '.release-lens.json');
    const text = 'Zephyr Bio Doses First Patient with TB47QK\n\nBOSTON, May 5, 2032 -- Zephyr Bio today dosed TB47QK and ZX-400 in a Phase 1 trial.\n';
    const codes = (a: { mentions: { kind: string; text: string }[] }) => a.mentions.filter((m) => m.kind === 'drug-code').map((m) => m.text);
    assert.deepEqual(codes(analyzeRelease('z.release', text)), ['ZX-400'], 'without the catalog');
    const pool = new AnalysisPool(WORKER, { size: 1 });
    try {
      const job = { catalog: recognitionCatalog(catalog) };
      assert.deepEqual(codes(await pool.analyze('z.release', text, job)), ['TB47QK', 'TB47QK']);
      assert.deepEqual(codes(await pool.analyze('z.release', text)), ['ZX-400'], 'a job without the catalog');
      assert.deepEqual((await pool.analyze('z.release', text, { keepMentions: false })).mentions, []);
    } finally {
      pool.dispose();
    }
  });

  it('keeps the asked number of workers when idle', async () => {
    const pool = new AnalysisPool(WORKER, { size: 2, idleMs: 50, keep: 1 });
    try {
      await Promise.all([0, 1, 2, 3].map(() => pool.analyze(samples[0]!.file, samples[0]!.text)));
      assert.equal(pool.workerCount, 2);
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(pool.workerCount, 1);
      assert.ok(await pool.analyze(samples[0]!.file, samples[0]!.text));
    } finally {
      pool.dispose();
    }
  });

  it('a worker kept when idle collects the garbage of the work it did', async () => {
    const pool = new AnalysisPool(WORKER, { size: 1, idleMs: 50, keep: 1 });
    try {
      for (let i = 0; i < 20; i++) await Promise.all(samples.map((s) => pool.analyze(s.file, s.text)));
      const until = Date.now() + 5000;
      while (!pool.lastSettled && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      const settled = pool.lastSettled;
      assert.ok(settled, 'the kept worker reported settling');
      // Whether V8 gave memory back is measured by the benchmark; here, that the worker could and did collect.
      assert.equal(settled.collected, true, `young generation in use ${settled.before} → ${settled.after} bytes`);
      assert.equal(pool.workerCount, 1);
      assert.deepEqual(await pool.analyze(samples[0]!.file, samples[0]!.text), analyzeRelease(samples[0]!.file, samples[0]!.text), 'still analyses');
      assert.equal((globalThis as { gc?: unknown }).gc, undefined, 'gc stays hidden from other code');
    } finally {
      pool.dispose();
    }
  });

  it('the desktop extension bundle carries no analyser; the worker bundle and the browser bundle do', () => {
    const sources = (bundle: string) => (JSON.parse(fs.readFileSync(path.join(path.dirname(WORKER), `${bundle}.map`), 'utf8')) as { sources: string[] }).sources.map((s) => s.replace(/\\/g, '/'));
    const analyser = ['src/core/analyze.ts', 'src/core/structure.ts', 'src/core/recognize/dates.ts', 'src/core/transactions.ts', 'src/core/milestones.ts', 'src/core/programs/companyNames.ts'];
    const has = (list: string[], file: string) => list.some((s) => s.endsWith(file));
    const desktop = sources('extension.js');
    assert.ok(has(desktop, 'src/extension/extension.ts') && has(desktop, 'src/core/releaseStore.ts'), 'the map lists the sources');
    assert.deepEqual(analyser.filter((f) => has(desktop, f)), []);
    for (const bundle of ['analysisWorker.js', 'web/extension.js']) assert.deepEqual(analyser.filter((f) => !has(sources(bundle), f)), [], bundle);
  });
});

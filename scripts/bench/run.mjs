// Release Lens benchmark: `npm run bench` (= node scripts/bench/run.mjs).
//
//   npm run bench                         full run (~5-8 min on 2 cores): writes .bench/results.json,
//                                         prints a table, rewrites scripts/bench/README-section.md
//   npm run bench -- --profile            only a CPU profile of the 10,000-file cold index:
//                                         .bench/profile/cold-10k-*.cpuprofile + top 20 self-time functions
//   npm run bench -- --only cold,grammar  a subset: cold-1k, cold-10k (with memory, incremental and
//                                         queries), cold (both), grammar, bundle, activation, scan
//   npm run bench -- --report             print the table of the last results.json again (no measuring)
//   other options: --runs-1k N (5) --runs-10k N (3) --edits N (2000) --queries N (1000)
//                  --activation-runs N (5) --grammar-passes N (5) --seed S --corpus-dir DIR --out FILE --wait-idle
//                  --strict (exit code 1 when a target is missed; by default the run only reports)
//
// Everything is built from the current sources first: `node esbuild.mjs` (dist/cli.js for the
// CLI), the core bundled on its own into .bench/core.mjs, and the production bundle into
// .bench/prod/dist (see build.mjs). Corpora come from generate.mjs (seeded, reused when present).
// Each in-process cold index runs in a fresh Node process (worker.mjs), so JIT and heap start cold.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { measureActivation } from './activation.mjs';
import { measureScan } from './scan.mjs';
import { BENCH_DIR, ROOT, buildCore, buildDev, buildProduction } from './build.mjs';
import { GENERATOR_VERSION, ensureCorpus } from './generate.mjs';
import { topSelfTime } from './profile.mjs';
import { machineBusyMs } from './util.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (n) => args.includes(`--${n}`);
const opt = (n, d) => {
  const i = args.indexOf(`--${n}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${n}=`));
  return eq ? eq.slice(n.length + 3) : d;
};
const SEED = opt('seed', 'release-lens');
const CORPUS_DIR = path.resolve(opt('corpus-dir', path.join(os.tmpdir(), 'release-lens-bench')));
// A partial run (--only) does not overwrite the last full run's results.
const OUT = path.resolve(opt('out', path.join(BENCH_DIR, opt('only', '') ? 'results.partial.json' : 'results.json')));
const RUNS_1K = Number(opt('runs-1k', '5'));
const RUNS_10K = Number(opt('runs-10k', '3'));
const EDITS = Number(opt('edits', '2000'));
const QUERIES = Number(opt('queries', '1000'));
const ACTIVATION_RUNS = Number(opt('activation-runs', '5'));
const SCAN_RUNS = Number(opt('scan-runs', '3'));
const GRAMMAR_PASSES = Number(opt('grammar-passes', '5'));
const RG_RUNS = 5;
// Worker threads for the in-process cold index: what the desktop extension uses on this machine.
const WORKERS = Number(opt('workers', String(Math.min(4, os.availableParallelism()))));
const WORKER_FILE = path.join(ROOT, 'dist', 'analysisWorker.js');
const SECTIONS = ['cold-1k', 'cold-10k', 'grammar', 'bundle', 'activation', 'scan', 'adversarial'];
const ONLY = opt('only', '') ? new Set(opt('only', '').split(',').flatMap((x) => (x === 'cold' ? ['cold-1k', 'cold-10k'] : [x]))) : undefined;
for (const x of ONLY ?? []) {
  if (!SECTIONS.includes(x)) {
    console.error(`unknown section "${x}" for --only; choose from cold (= cold-1k,cold-10k), ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
}
const want = (s) => !ONLY || ONLY.has(s);
const RG_PATTERN = String.raw`\b[A-Z]{2,5}-?\d{3,7}\b`;
const MARKDOWN_GRAMMAR = path.join(ROOT, '.vscode-test/code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');
const VSCODE_EXTENSIONS = path.join(ROOT, '.vscode-test/code-server/node_modules/code-server/lib/vscode/extensions');

const TARGETS = {
  cold10kMs: 3000,
  coldVsRipgrep: 4,
  incrementalP99Ms: 5,
  queryP99Ms: 1,
  rssBytes: 250 * 1024 * 1024,
  bundleBytes: 200 * 1024,
  activationMs: 50,
  adversarialMs: 2000,
};

const log = (s) => console.log(`[bench] ${s}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- helpers --------------------------------------------------------------------------------------

function summary(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return { n: s.length, min: s[0], median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, max: s[s.length - 1], runs: xs };
}

/** Runs worker.mjs with a task in a fresh process; resolves with its result. */
function worker(task, nodeArgs = ['--expose-gc']) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, path.join(HERE, 'worker.mjs'), JSON.stringify(task)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const m = /@@result (.*)/.exec(out);
      if (code === 0 && m) resolve(JSON.parse(m[1]));
      else reject(new Error(`worker ${task.mode} failed (exit ${code}):\n${err || out}`));
    });
  });
}

/** Wall time of a command with stdout to /dev/null (and its peak RSS through /usr/bin/time when present). */
function timeCommand(cmd, cmdArgs, { acceptExit = [0] } = {}) {
  const devnull = fs.openSync('/dev/null', 'w');
  const useTime = fs.existsSync('/usr/bin/time');
  const [file, argv] = useTime ? ['/usr/bin/time', ['-f', '@@maxrss %M %U %S', cmd, ...cmdArgs]] : [cmd, cmdArgs];
  const busy0 = machineBusyMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { stdio: ['ignore', devnull, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const busy1 = machineBusyMs();
  fs.closeSync(devnull);
  const stderr = r.stderr?.toString() ?? '';
  if (!acceptExit.includes(r.status)) throw new Error(`${cmd} ${cmdArgs.join(' ')} exited ${r.status}: ${stderr.slice(-2000)}`);
  const m = /@@maxrss (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
  const cpuMs = m ? (Number(m[2]) + Number(m[3])) * 1000 : undefined;
  const foreignCpus = busy0 !== undefined && cpuMs !== undefined ? Math.max(0, busy1 - busy0 - cpuMs) / ms : undefined;
  return { ms, maxRss: m ? Number(m[1]) * 1024 : undefined, cpuMs, foreignCpus };
}

function sh(cmd, cmdArgs) {
  try {
    return execFileSync(cmd, cmdArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model;
  const mhz = /cpu MHz\s*:\s*(.*)/.exec(cpuinfo)?.[1]?.trim();
  const codeServerPkg = path.join(ROOT, '.vscode-test/code-server/node_modules/code-server/package.json');
  const vscodePkg = path.join(ROOT, '.vscode-test/code-server/node_modules/code-server/lib/vscode/package.json');
  const version = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')).version : undefined);
  return {
    nproc: Number(sh('nproc', [])) || os.cpus().length,
    cpu: model,
    cpuMHz: mhz ? Number(mhz) : undefined,
    memoryGiB: +(os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    ripgrep: sh('rg', ['--version'])?.split('\n')[0],
    codeServer: version(codeServerPkg),
    vscode: version(vscodePkg),
    esbuild: version(path.join(ROOT, 'node_modules/esbuild/package.json')),
    vscodeTextmate: version(path.join(ROOT, 'node_modules/vscode-textmate/package.json')),
    vscodeOniguruma: version(path.join(ROOT, 'node_modules/vscode-oniguruma/package.json')),
  };
}

/** The source state measured: HEAD (read-only git) and a hash of src/ as it is on disk. */
function sourceState() {
  const hash = createHash('sha1');
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else {
        hash.update(path.relative(ROOT, full));
        hash.update(fs.readFileSync(full));
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  const dirty = sh('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src']);
  return { head: sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']), srcHash: hash.digest('hex').slice(0, 12), srcDirty: dirty ? dirty.split('\n').length : 0 };
}

/** Average number of busy CPUs over `ms` while this benchmark does nothing: other people's load. */
async function backgroundCpus(ms = 1000) {
  const b0 = machineBusyMs();
  const t0 = performance.now();
  await sleep(ms);
  const b1 = machineBusyMs();
  return b0 === undefined ? undefined : (b1 - b0) / (performance.now() - t0);
}

async function waitIdle(maxMs) {
  const t0 = Date.now();
  for (;;) {
    const busy = await backgroundCpus(3000);
    if (busy === undefined || busy < 0.15 || Date.now() - t0 > maxMs) return busy;
    log(`waiting for the machine to go idle (other processes keep ${busy.toFixed(2)} CPUs busy)`);
    await sleep(10_000);
  }
}

/** Records how busy other processes kept the machine during a section (busy CPUs, average). */
function noteNoise(results, section, cpus) {
  if (cpus === undefined) return;
  results.noise ??= [];
  results.noise.push({ section, foreignCpus: +cpus.toFixed(2) });
  if (cpus > 0.25) log(`WARNING: other processes kept ${cpus.toFixed(2)} CPUs busy during ${section}; those timings are inflated`);
}

// ---- formatting -----------------------------------------------------------------------------------

const fmtMs = (ms) => (ms === undefined ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : ms >= 0.01 ? `${(ms * 1000).toFixed(0)} µs` : `${(ms * 1000).toFixed(1)} µs`);
const fmtMB = (b) => (b === undefined ? '—' : `${(b / 1024 / 1024).toFixed(0)} MB`);
const fmtKB = (b) => `${(b / 1024).toFixed(1)} KB`;
const range = (s) => (s ? `${fmtMs(s.median)} (${fmtMs(s.min)}–${fmtMs(s.max)}, n=${s.n})` : '—');
const pct = (s) => (s ? `p50 ${fmtMs(s.p50)} · p99 ${fmtMs(s.p99)} (max ${fmtMs(s.max)}, n=${s.n})` : '—');
const status = (ok) => (ok === undefined ? '' : ok ? 'PASS' : 'FAIL');

function rows(r) {
  const out = [];
  const add = (group, measure, result, target = '', ok) => out.push({ group, measure, result, target, status: status(ok) });
  for (const size of ['1000', '10000']) {
    const c = r.cold?.[size];
    if (!c) continue;
    const n = Number(size).toLocaleString('en-US');
    const is10k = size === '10000';
    add('cold index', `${n} files: core in-process, ${c.workers ?? 0} worker threads (read + analyse + merge)`, range(c.inProcess), is10k ? `≤ ${fmtMs(TARGETS.cold10kMs)}` : '', is10k ? c.inProcess.median <= TARGETS.cold10kMs : undefined);
    if (c.oneThreadMs !== undefined) add('cold index', `${n} files: core in-process, one thread (reference)`, fmtMs(c.oneThreadMs));
    if (c.breakdown) add('cold index', `  read+decode / analyse / merge (median run)`, `${fmtMs(c.breakdown.readMs)} / ${fmtMs(c.breakdown.analyzeMs)} / ${fmtMs(c.breakdown.mergeMs)}`);
    add('cold index', `${n} files: CLI process, scan --format json`, `${range(c.cli)}${c.cliMaxRss ? `, peak RSS ${fmtMB(c.cliMaxRss)}` : ''}`);
    add('cold index', `${n} files: ripgrep, one regex (rg -c)`, range(c.ripgrep));
    add('cold index', `${n} files: in-process ÷ ripgrep (CLI ÷ ripgrep)`, c.ratio ? `${c.ratio.toFixed(1)}× (${c.cliRatio.toFixed(1)}×)` : '—', is10k ? `≤ ${TARGETS.coldVsRipgrep}×` : '', is10k && c.ratio ? c.ratio <= TARGETS.coldVsRipgrep : undefined);
  }
  if (r.adversarial) {
    const worst = Object.entries(r.adversarial).sort((a, b) => b[1] - a[1])[0];
    add('adversarial (1 MB)', `slowest of ${Object.keys(r.adversarial).length} shapes: ${worst[0]}`, fmtMs(worst[1]), `≤ ${fmtMs(TARGETS.adversarialMs)}`, worst[1] <= TARGETS.adversarialMs);
  }
  const inc = r.incremental;
  if (inc) {
    const where = inc.via === 'worker' ? 'analysed in a warm pool worker' : 'analysed on the indexing thread';
    add('incremental (10,000)', `one edited release ${where}, stored and merged: analysis + setAnalysis + next programs() (${inc.edits} edits)`, pct(inc.setAndQuery), `p99 ≤ ${TARGETS.incrementalP99Ms} ms`, inc.setAndQuery.p99 <= TARGETS.incrementalP99Ms);
    if (inc.analyse) add('incremental (10,000)', `  analysis (round trip to the worker) / setAnalysis / programs()`, `p99 ${fmtMs(inc.analyse.p99)} / ${fmtMs(inc.store.p99)} / ${fmtMs(inc.query.p99)}`);
    const gc = inc.collections;
    if (gc?.unpaused) add('incremental (10,000)', `  edits during a collection pause of the indexing thread (${gc.minor} minor, ${gc.major} major, longest ${fmtMs(gc.longestMs)}) / p99 of the others`, `${gc.editsPaused} / ${fmtMs(gc.unpaused.p99)}`);
    const b2b = inc.backToBack;
    if (b2b) {
      const paused = b2b.collections ? `; ${b2b.collections.editsPaused} during a collection pause (${b2b.collections.minor} minor, ${b2b.collections.major} major)` : '';
      add('incremental (10,000)', `  ${b2b.edits} more edits back to back, no turn of the event loop between them`, `${pct(b2b.setAndQuery)}${paused}`);
    }
  }
  const q = r.queries;
  if (q) {
    add('queries (10,000)', 'hover: program(name) + programCard()', pct(q.hover), `p99 ≤ ${TARGETS.queryP99Ms} ms`, q.hover.p99 <= TARGETS.queryP99Ms);
    add('queries (10,000)', `references: programMentions(id) (${q.referencesPerQuery.p50} mentions median, ${q.referencesPerQuery.max} max)`, pct(q.references), `p99 ≤ ${TARGETS.queryP99Ms} ms`, q.references.p99 <= TARGETS.queryP99Ms);
    add('queries (10,000)', `tree: group by target, children of largest group (${q.largestGroup.programs} of ${q.programs} programs)`, pct(q.tree), `p99 ≤ ${TARGETS.queryP99Ms} ms`, q.tree.p99 <= TARGETS.queryP99Ms);
    add('queries (10,000)', '  expanding the group alone (groups prebuilt)', pct(q.expandOnly));
  }
  const m = r.memory;
  if (m) {
    add('memory (10,000)', `RSS after forced GC, index built${m.workersAlive ? `, ${m.workersAlive} warm worker kept` : ''}`, `${fmtMB(m.rss)} (Node + core alone: ${fmtMB(m.baselineRss)})`, `≤ ${fmtMB(TARGETS.rssBytes)}`, m.rss <= TARGETS.rssBytes);
    add('memory (10,000)', 'heap used after GC / peak RSS while indexing', `${fmtMB(m.heapUsed)} / ${fmtMB(m.peakRss)}`);
  }
  const g = r.grammar;
  if (g?.error) add('grammar (1 MB)', 'release vs Markdown grammar', `not measured: ${g.error}`);
  else if (g) {
    add('grammar (1 MB)', 'release grammar, warm pass (cold pass)', `${range(g.release.warm)} (cold ${fmtMs(g.release.coldMs)})`);
    add('grammar (1 MB)', 'VS Code Markdown grammar, warm pass (cold pass)', `${range(g.markdown.warm)} (cold ${fmtMs(g.markdown.coldMs)})`);
    add('grammar (1 MB)', 'release ÷ Markdown (median of paired passes)', `${g.ratio.toFixed(2)}×`, '≤ 1.00×', g.ratio <= 1);
  }
  const b = r.bundle;
  if (b) {
    add('bundle', 'dist/extension.js (esbuild --production)', `${fmtKB(b.bytes)} (gzip ${fmtKB(b.gzipBytes)})`, `≤ ${fmtKB(TARGETS.bundleBytes)}`, b.bytes <= TARGETS.bundleBytes);
    if (b.lazyBytes && Object.keys(b.lazyBytes).length) add('bundle', '  dist/lazy/*.js, loaded on first use', Object.entries(b.lazyBytes).map(([f, n]) => `${f.replace(/\.js$/, '')} ${fmtKB(n)}`).join(', '));
    if (b.requirePlainNode) add('bundle', '  require() in plain Node, stub vscode', range(b.requirePlainNode));
  }
  const a = r.activation;
  if (a?.vscode) {
    add('activation', `VS Code's activation time${a.event ? ` (${a.event})` : ''}`, range(a.vscode), `≤ ${TARGETS.activationMs} ms`, a.vscode.median <= TARGETS.activationMs);
    if (a.require) add('activation', '  require / activate() (VS Code perf marks)', `${fmtMs(a.require.median)} / ${fmtMs(a.activateCall.median)} (medians)`);
    if (a.api) add('activation', '  probe: await activate() when not yet active', range(a.api));
  } else if (a) add('activation', 'in code-server', a.error ?? 'not measured');
  const sc = r.scan;
  if (sc?.firstScanMs) {
    add('extension scan (10,000)', 'the extension\'s own "Indexed N releases in X ms", code-server: first scan', range(sc.firstScanMs));
    if (sc.rescanMs) add('extension scan (10,000)', '  scan again (Rescan Releases: every file read again), same extension host', range(sc.rescanMs));
    if (sc.reopenedScanMs?.n) add('extension scan (10,000)', '  the folder opened again in a new window: unchanged files from the index cache', range(sc.reopenedScanMs));
  } else if (sc) add('extension scan (10,000)', 'in code-server', sc.error ?? 'not measured');
  if (r.noise?.length) add('machine', 'CPUs kept busy by other processes', `max ${Math.max(...r.noise.map((x) => x.foreignCpus)).toFixed(2)} (${r.noise.length} samples)`, '≈ 0');
  return out;
}

function printTable(list) {
  const w = [0, 0, 0, 0];
  const cells = list.map((x) => [`${x.measure}`, x.result, x.target, x.status]);
  for (const c of cells) c.forEach((v, i) => (w[i] = Math.max(w[i], v.length)));
  let group;
  const line = (c) => c.map((v, i) => v.padEnd(w[i])).join('  ');
  console.log('');
  console.log(line(['measure', 'result', 'target', '']));
  console.log(line(w.map((n) => '-'.repeat(n))));
  list.forEach((x, i) => {
    if (x.group !== group) {
      if (group) console.log('');
      console.log(`[${x.group}]`);
      group = x.group;
    }
    console.log(line(cells[i]));
  });
  console.log('');
}

function markdownSection(r, list) {
  const mc = r.machine;
  const esc = (x) => x.replace(/\|/g, '\\|');
  const maxNoise = r.noise?.length ? Math.max(...r.noise.map((x) => x.foreignCpus)) : undefined;
  const L = [];
  L.push('## Performance', '');
  L.push('`npm run bench` (about 4–6 minutes) builds the current sources and measures the core, the CLI, the grammar, the bundle and activation in VS Code against the targets below, on two deterministic corpora of synthetic releases: 1,000 and 10,000 files of ~5 KB from a seeded generator (240 fictional issuers, ~700 programs recurring across releases with changing phases, partner codes and generic names; many code, amount, date, section and layout shapes; CRLF and LF). It prints the table, writes `.bench/results.json`, and `npm run bench -- --profile` writes a CPU profile of the 10,000-file cold index with its top 20 self-time functions. How each number is taken: [scripts/bench/README.md](scripts/bench/README.md).', '');
  L.push(`One run on ${mc.nproc} vCPUs (\`nproc\`), ${mc.cpu}${mc.cpuMHz ? ` at ${(mc.cpuMHz / 1000).toFixed(2)} GHz` : ''}, ${mc.memoryGiB} GiB RAM, ${mc.os}, Node ${mc.node.replace(/^v/, '')}, ${mc.ripgrep}, code-server ${mc.codeServer} (VS Code ${mc.vscode}); source ${r.source.head}${r.source.srcDirty ? ` plus ${r.source.srcDirty} uncommitted change(s) in src/` : ''}, ${r.date.slice(0, 10)}.${maxNoise !== undefined ? ` Other processes kept at most ${maxNoise.toFixed(2)} CPUs busy during the measurements.` : ''}`, '');
  L.push('| area | measure | result | target | |', '| --- | --- | --- | --- | --- |');
  let group;
  for (const x of list) {
    if (x.group === 'machine') continue;
    const measure = x.measure.startsWith('  ') ? `↳ ${x.measure.trim()}` : x.measure;
    L.push(`| ${x.group !== group ? esc(x.group) : ''} | ${esc(measure)} | ${esc(x.result)} | ${esc(x.target)} | ${x.status ? `**${x.status}**` : ''} |`);
    group = x.group;
  }
  L.push('');
  L.push('Times are medians of separate runs (min–max, number of runs) or percentiles over many operations. "Cold index in-process" is a fresh `node` per run, timed from listing the folder to `index.programs()`, with the analysis in worker threads as the desktop extension does it (and once on one thread, for reference); "CLI process" is the whole `node dist/cli.js scan DIR --format json > /dev/null`; ripgrep (two threads here; the core uses one) reads the same files, all from the page cache. Incremental: one small edit to a random file of the 10,000-file index, analysed where the desktop extension analyses it (a worker of the pool that built the index), stored, then the next `index.programs()`; between edits the event loop turns once, as it does while the extension debounces a document\'s changes (250 ms), and a second series makes its edits back to back. Tree: the Programs view grouped by target, computed from the core (`programs()` sorted, grouped, largest group\'s children), since the view itself needs `vscode`. Memory: after two forced GCs. Grammar: vscode-textmate + vscode-oniguruma, `tokenizeLine2` line by line over ~1 MB, against VS Code 1.99.3\'s own Markdown grammar. Activation: VS Code\'s own number from "Developer: Show Running Extensions" (code loading + `activate()` call), production bundle, in code-server started as the host tests start it, on `test/workspace`, a fresh extension host per run. Extension scan: the same production build in code-server on a copy of the 10,000-file corpus, a fresh extension host per run, timed by the extension\'s own Output line "Indexed N releases in X ms" (listing, reading, worker analysis, the views filling in) in a window that starts without the index cache, then once more by Rescan Releases (every file read again), then in a second window on the same folder, which finds the cache the first one wrote.');
  L.push('');
  return L.join('\n');
}

// ---- the measurements -------------------------------------------------------------------------------

async function coldSection(results, core, corpora) {
  results.cold = {};
  for (const [size, corpus] of corpora) {
    const runs = size === 10000 ? RUNS_10K : RUNS_1K;
    log(`cold index, ${size} files: ${runs} in-process runs, ${runs} CLI runs, ${RG_RUNS} ripgrep runs (interleaved)`);
    const inProcess = [];
    const cli = [];
    const rg = [];
    const foreign = [];
    let cliMaxRss = 0;
    const childResults = [];
    const rgRun = () => rg.push(timeCommand('rg', ['-c', '-e', RG_PATTERN, corpus.dir], { acceptExit: [0, 1] }).ms);
    for (let i = 0; i < Math.max(runs, RG_RUNS); i++) {
      if (i < RG_RUNS) rgRun();
      if (i < runs) {
        const task = { mode: 'cold', core, dir: corpus.dir, workers: WORKERS, workerFile: WORKER_FILE };
        if (size === 10000 && i === 0) task.memory = true;
        if (size === 10000 && i === runs - 1) {
          task.incremental = { edits: EDITS, minEdits: Math.min(50, EDITS), budgetMs: 90_000 };
          task.queries = { n: QUERIES };
        }
        const r = await worker(task);
        childResults.push(r);
        inProcess.push(r.cold.totalMs);
        if (r.cold.foreignCpus !== undefined) foreign.push(r.cold.foreignCpus);
        log(`  in-process run ${i + 1}: ${fmtMs(r.cold.totalMs)} (${r.cold.indexed} files, ${r.cold.programs} programs)${r.incremental ? `; incremental ${r.incremental.edits} edits` : ''}`);
        const c = timeCommand(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'scan', corpus.dir, '--format', 'json']);
        cli.push(c.ms);
        if (c.foreignCpus !== undefined) foreign.push(c.foreignCpus);
        cliMaxRss = Math.max(cliMaxRss, c.maxRss ?? 0);
        log(`  CLI run ${i + 1}: ${fmtMs(c.ms)}`);
      }
    }
    // For reference: the same cold index on the calling thread alone (one run).
    const oneThread = await worker({ mode: 'cold', core, dir: corpus.dir, workers: 0 });
    log(`  in-process, one thread: ${fmtMs(oneThread.cold.totalMs)}`);
    const s = summary(inProcess);
    const median = [...childResults].sort((a, b) => a.cold.totalMs - b.cold.totalMs)[childResults.length >> 1];
    const rgS = summary(rg);
    const cliS = summary(cli);
    const rgMatches = sh('rg', ['--count-matches', '--no-filename', '-e', RG_PATTERN, corpus.dir])?.split('\n').reduce((a, b) => a + Number(b), 0);
    results.cold[size] = {
      corpus: { dir: corpus.dir, files: corpus.files, bytes: corpus.bytes, reused: corpus.reused, ...median.corpus, ripgrepMatches: rgMatches },
      inProcess: s,
      workers: WORKERS,
      oneThreadMs: oneThread.cold.totalMs,
      breakdown: { readMs: median.cold.readMs, analyzeMs: median.cold.analyzeMs, mergeMs: median.cold.mergeMs, indexed: median.cold.indexed },
      cli: cliS,
      cliMaxRss: cliMaxRss || undefined,
      ripgrep: rgS,
      ratio: s.median / rgS.median,
      cliRatio: cliS.median / rgS.median,
      foreignCpus: foreign.length ? { mean: foreign.reduce((a, b) => a + b, 0) / foreign.length, max: Math.max(...foreign) } : undefined,
    };
    noteNoise(results, `cold index ${size}`, results.cold[size].foreignCpus?.max);
    for (const r of childResults) {
      if (r.memory) results.memory = { ...r.memory, baselineRss: r.memoryBefore.rss, baselineHeapUsed: r.memoryBefore.heapUsed };
      if (r.incremental) results.incremental = r.incremental;
      if (r.queries) results.queries = r.queries;
    }
  }
}

async function grammarSection(results) {
  if (!fs.existsSync(MARKDOWN_GRAMMAR)) {
    results.grammar = { error: `VS Code's Markdown grammar not found at ${MARKDOWN_GRAMMAR} (npm run host:install)` };
    log(results.grammar.error);
    return;
  }
  log('grammar: tokenizing ~1 MB with the release grammar and with VS Code\'s Markdown grammar');
  const g = await worker({ mode: 'grammar', releaseGrammar: path.join(ROOT, 'syntaxes', 'release.tmLanguage.json'), markdownGrammar: MARKDOWN_GRAMMAR, vscodeExtensionsDir: VSCODE_EXTENSIONS, passes: GRAMMAR_PASSES, seed: SEED }, []);
  const warmR = summary(g.release.passes);
  const warmM = summary(g.markdown.passes);
  results.grammar = {
    bytes: g.bytes,
    lines: g.lines,
    release: { coldMs: g.release.coldMs, loadMs: g.release.loadMs, warm: warmR },
    markdown: { coldMs: g.markdown.coldMs, loadMs: g.markdown.loadMs, warm: warmM, embeddedLoaded: g.embeddedLoaded.filter((s) => s !== 'text.release' && s !== 'text.html.markdown').length, embeddedMissing: g.embeddedMissing },
    // Passes alternate between the grammars, so pair them: the median of the per-pair ratios is
    // robust against the machine speeding up or slowing down during the run.
    ratio: summary(g.release.passes.map((ms, i) => ms / g.markdown.passes[i])).median,
  };
}

function bundleSection(results, prod) {
  const bytes = fs.statSync(prod.extensionJs).size;
  const gzipBytes = zlib.gzipSync(fs.readFileSync(prod.extensionJs), { level: 9 }).length;
  // Code loading outside VS Code, for reference: require() of the bundle in 5 fresh Node processes.
  const requireMs = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, [path.join(HERE, 'requireTime.cjs'), prod.extensionJs], { encoding: 'utf8' });
    const m = /\{.*\}/.exec(r.stdout ?? '');
    if (r.status === 0 && m) requireMs.push(JSON.parse(m[0]).ms);
  }
  // The parts the extension loads on first use (src/extension/lazyModules.ts), for information.
  const lazyDir = path.join(path.dirname(prod.extensionJs), 'lazy');
  const lazyBytes = fs.existsSync(lazyDir) ? Object.fromEntries(fs.readdirSync(lazyDir).filter((f) => f.endsWith('.js')).map((f) => [f, fs.statSync(path.join(lazyDir, f)).size])) : {};
  results.bundle = { file: path.relative(ROOT, prod.extensionJs), bytes, gzipBytes, lazyBytes, cliBytes: fs.statSync(prod.cliJs).size, requirePlainNode: summary(requireMs) };
  log(`bundle: ${fmtKB(bytes)} minified (gzip ${fmtKB(gzipBytes)}); require() in plain Node ${fmtMs(results.bundle.requirePlainNode?.median)}`);
}

async function activationSection(results, prod) {
  log(`activation: ${ACTIVATION_RUNS} runs in code-server`);
  const a = await measureActivation({ runs: ACTIVATION_RUNS, extensionDir: prod.dir, log: (s) => log(`  ${s}`) });
  if (!a.ok) {
    results.activation = { error: a.error ?? 'no run reported', runs: a.runs };
    return;
  }
  const ok = a.runs.filter((r) => r.probe);
  const nums = (f) => ok.map(f).filter((x) => typeof x === 'number' && Number.isFinite(x));
  const events = [...new Set(ok.map((r) => r.reason?.replace(/^activationEvent /, '')).filter(Boolean))];
  results.activation = {
    vscode: summary(nums((r) => r.vscodeMs)),
    require: summary(nums((r) => r.probe.marks?.requireMs)),
    activateCall: summary(nums((r) => r.probe.marks?.activateMs)),
    api: summary(nums((r) => (r.probe.wasActive ? undefined : r.probe.activateMs))),
    alreadyActiveRuns: ok.filter((r) => r.probe.wasActive).length,
    event: events.join(' / '),
    runs: a.runs,
  };
}

/** The desktop extension's own scan of the 10,000-file corpus in code-server (scan.mjs), then one rescan. */
async function scanSection(results, prod, corpus) {
  log(`extension scan: ${SCAN_RUNS} runs of ${corpus.files} files in code-server`);
  try {
    const [r] = await measureScan({ extensionDirs: [prod.dir], corpusDir: corpus.dir, runs: SCAN_RUNS, rescans: 1, reopen: true, log: (s) => log(`  ${s}`) });
    // measureScan has each run's first scan and rescans from the extension's log lines.
    const first = r.firstScanMs.runs;
    results.scan = first.length ? { firstScanMs: summary(first), rescanMs: summary(r.rescanMs?.runs ?? []), reopenedScanMs: summary(r.reopenedScanMs?.runs ?? []), runs: r.runs } : { error: 'no "Indexed" line', runs: r.runs };
  } catch (e) {
    results.scan = { error: String(e?.message ?? e) };
  }
}

async function profileOnly() {
  log('building the core bundle');
  const core = await buildCore();
  const corpus = ensureCorpus(CORPUS_DIR, 10000, SEED);
  log(`corpus: ${corpus.files} files in ${corpus.dir}${corpus.reused ? ' (reused)' : ''}`);
  sh('rg', ['-c', '-e', RG_PATTERN, corpus.dir]); // page cache
  const dir = path.join(BENCH_DIR, 'profile');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `cold-10k-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  log('profiling the 10,000-file cold index (sampling every 500 µs)');
  const r = await worker({ mode: 'cold', core, dir: corpus.dir, profile: file });
  const top = topSelfTime(file, { bundleFile: core, root: ROOT, n: 20 });
  log(`cold index ${fmtMs(r.cold.totalMs)} under the profiler (read ${fmtMs(r.cold.readMs)}, analyse ${fmtMs(r.cold.analyzeMs)}, merge ${fmtMs(r.cold.mergeMs)}); profile: ${path.relative(ROOT, file)}`);
  console.log('\nTop 20 functions by self time:');
  for (const x of top.rows) if (x.name.length > 60) x.name = `${x.name.slice(0, 59)}…`; // "RegExp: \b(?:…)\b"
  const w = Math.max(...top.rows.map((x) => x.name.length));
  const ww = Math.max(...top.rows.map((x) => x.where.length));
  console.log(`${'self'.padStart(9)}  ${'%'.padStart(5)}  ${'function'.padEnd(w)}  where`);
  for (const x of top.rows) console.log(`${fmtMs(x.selfMs).padStart(9)}  ${x.pct.toFixed(1).padStart(5)}  ${x.name.padEnd(w)}  ${x.where.padEnd(ww)}`);
  console.log(`\n(total sampled ${fmtMs(top.totalMs)}; open the .cpuprofile in VS Code or Chrome DevTools for the call tree)`);
}

async function main() {
  const started = Date.now();
  if (flag('profile')) return profileOnly();
  if (flag('report')) return report(JSON.parse(fs.readFileSync(OUT, 'utf8')));
  if (flag('wait-idle')) await waitIdle(10 * 60_000);
  const results = { date: new Date().toISOString(), generatorVersion: GENERATOR_VERSION, seed: SEED, machine: machine(), source: sourceState(), loadAverage: { start: os.loadavg() }, targets: TARGETS };
  const idle = await backgroundCpus(2000);
  noteNoise(results, 'start (bench idle)', idle);
  if (idle > 0.25) log(`the machine is busy before the benchmark starts (${idle.toFixed(2)} of ${results.machine.nproc} CPUs used by other processes); --wait-idle waits for it to settle`);

  log('building: node esbuild.mjs, the core bundle (.bench/core.mjs), the production bundle (.bench/prod)');
  buildDev();
  const core = await buildCore();
  const prod = buildProduction();

  const corpora = [];
  if (want('cold-1k')) corpora.push([1000, ensureCorpus(CORPUS_DIR, 1000, SEED)]);
  if (want('cold-10k')) corpora.push([10000, ensureCorpus(CORPUS_DIR, 10000, SEED)]);
  for (const [size, c] of corpora) {
    log(`corpus ${size}: ${c.files} files, ${(c.bytes / 1e6).toFixed(1)} MB in ${c.dir}${c.reused ? ' (reused)' : ' (generated)'}`);
    sh('rg', ['-c', '-e', RG_PATTERN, c.dir]); // one untimed pass: every measurement reads from the page cache
  }
  if (corpora.length) await coldSection(results, core, corpora);
  if (want('adversarial')) {
    log('adversarial: 1 MB inputs through the core');
    results.adversarial = JSON.parse(execFileSync(process.execPath, [path.join(HERE, 'adversarial.mjs'), core], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  }
  if (want('grammar')) {
    noteNoise(results, 'before grammar (bench idle)', await backgroundCpus());
    await grammarSection(results);
  }
  if (want('bundle')) bundleSection(results, prod);
  if (want('activation')) {
    noteNoise(results, 'before activation (bench idle)', await backgroundCpus());
    await activationSection(results, prod);
  }
  if (want('scan')) {
    noteNoise(results, 'before extension scan (bench idle)', await backgroundCpus());
    await scanSection(results, prod, ensureCorpus(CORPUS_DIR, 10000, SEED));
  }
  results.loadAverage.end = os.loadavg();
  results.totalSeconds = (Date.now() - started) / 1000;
  if (ONLY) results.only = [...ONLY];

  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(results, null, 2));
  report(results);
}

/** Prints the table of a results object; a full run also rewrites README-section.md. */
function report(results) {
  const list = rows(results);
  printTable(list);
  const fails = list.filter((x) => x.status === 'FAIL').length;
  const passes = list.filter((x) => x.status === 'PASS').length;
  log(`${passes} PASS, ${fails} FAIL; results in ${path.relative(ROOT, OUT)} (${results.date}); run took ${results.totalSeconds.toFixed(0)} s`);
  if (flag('strict') && fails) process.exitCode = 1;
  if (!results.only) {
    const section = path.join(HERE, 'README-section.md');
    fs.writeFileSync(section, markdownSection(results, list));
    log(`wrote ${path.relative(ROOT, section)}`);
  }
}

// A finished run exits: a handle some measurement left open must not keep it waiting.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(e?.stack ?? String(e));
    process.exit(1);
  },
);

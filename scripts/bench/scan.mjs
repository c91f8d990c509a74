// The desktop extension's workspace scan as a user sees it: the Output channel's line
// "Indexed N releases in X ms", in a REAL VS Code host (code-server, started as
// test/host/runCodeServer.ts starts it) on a copy of a generated corpus.
//
// One code-server serves all runs; each run opens a new browser context, which starts a NEW
// extension host (cold workers, cold JIT) with extensionDevelopmentPath = one of the --extension
// folders and extensionTestsPath = scripts/bench/host/scanProbe.cjs, which activates the extension
// and waits for its first scan. With several --extension folders the runs take turns, so a change
// in the machine's load falls on all of them alike. Each run's window starts without the extension's
// index cache (its file is removed first); with --reopen, a second window then opens the same folder,
// as a user opening it again would, and finds the cache the first one wrote.
//
//   node scripts/bench/scan.mjs [--runs 5] [--count 1000] [--rescans 0] [--reopen] [--corpus-dir DIR]
//                               [--extension DIR]...   (default: the production build, .bench/prod)
//
// Needs `npm run host:install` and the compiled host helpers (`npx tsc -p tsconfig.test.json`).
// Not part of `npm test`.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProduction } from './build.mjs';
import { ensureCorpus } from './generate.mjs';
import { filesUnder, machineBusyMs } from './util.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const PROBE = path.join(HERE, 'host', 'scanProbe.cjs');
const HOST_OUT = path.join(ROOT, 'out', 'test', 'host');
const INDEXED_RE = /Indexed (\d+) releases in (\d+) ms \((\d+) skipped(?:, (\d+) of them unchanged[^)]*)?\)/g;
const CACHE_FILE = 'index-cache.jsonl';

/** The Release Lens Output channel log files under `dir` (one per extension host). */
function outputLogs(dir) {
  try {
    return filesUnder(dir, (name) => /Release Lens\.log$/.test(name));
  } catch {
    return []; // no logs yet
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? undefined : s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function measureScan({ extensionDirs, corpusDir, runs = 5, rescans = 0, reopen = false, log = () => {} }) {
  const require = createRequire(import.meta.url);
  const { CODE_SERVER_ENTRY, findChromium, freePort, sleep, stopServer, waitForHttp } = require(path.join(HOST_OUT, 'codeServer.js'));
  const { makeTempDirs } = require(path.join(HOST_OUT, 'hostUtil.js'));
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error('code-server is not installed (npm run host:install)');
  const { chromium } = await import('playwright-core');

  // The corpus replaces the copy of test/workspace that makeTempDirs makes (same quiet user settings).
  const tmp = makeTempDirs('release-lens-bench-scan-');
  fs.rmSync(tmp.workspace, { recursive: true, force: true });
  fs.cpSync(corpusDir, tmp.workspace, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const serverLog = fs.createWriteStream(path.join(tmp.root, 'code-server.log'));
  const server = spawn(
    process.execPath,
    [CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', tmp.userData, '--extensions-dir', tmp.extensions,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', tmp.workspace],
    {
      cwd: tmp.root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RELEASE_LENS_BENCH_RESCANS: String(rescans), CODE_SERVER_CONFIG: path.join(tmp.root, 'code-server-config.yaml'), XDG_CONFIG_HOME: path.join(tmp.root, 'xdg-config'), XDG_DATA_HOME: path.join(tmp.root, 'xdg-data') },
    },
  );
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  let browser;
  const results = extensionDirs.map((dir) => ({ extension: dir, runs: [] }));
  const seen = new Set();
  try {
    await waitForHttp(`${origin}/healthz`, server, 60_000);
    log(`code-server pid ${server.pid} on ${origin}, workspace ${tmp.workspace}`);
    browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    for (let i = 0; i < runs; i++) {
      for (const result of results) {
        for (const window of reopen ? ['first', 'reopened'] : ['first']) {
          if (window === 'first') for (const f of filesUnder(tmp.userData, (name) => name === CACHE_FILE)) fs.rmSync(f);
          const payload = [
            ['extensionDevelopmentPath', remote(result.extension)],
            ['extensionTestsPath', remote(PROBE)],
            ['skipWelcome', 'true'],
          ];
          const url = `${origin}/?folder=${encodeURIComponent(tmp.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
          const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
          const page = await context.newPage();
          let resolveProbe;
          const reported = new Promise((r) => (resolveProbe = r));
          await page.exposeFunction('codeAutomationLog', (_type, args) => {
            const text = typeof args === 'string' ? args : Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : JSON.stringify(args);
            const m = /@@bench-scan (\{.*\})/.exec(text);
            if (m) resolveProbe(JSON.parse(m[1]));
          });
          await page.exposeFunction('codeAutomationExit', () => undefined);
          const busy0 = machineBusyMs();
          const t0 = Date.now();
          await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
          const probe = await Promise.race([reported, sleep(300_000).then(() => ({ error: 'no report within 300 s' }))]);
          const wallMs = Date.now() - t0;
          // The probe waits a moment after its report, so that the Output channel reaches its log file.
          await sleep(2500);
          const busy1 = machineBusyMs();
          await context.close().catch(() => undefined);
          // The extension host's log lines, in the Output channel's log file of this host.
          const lines = [];
          for (const f of outputLogs(path.join(tmp.userData, 'logs'))) {
            if (seen.has(f)) continue;
            const text = fs.readFileSync(f, 'utf8');
            if (!text.includes('Indexed ')) continue;
            seen.add(f);
            for (const m of text.matchAll(INDEXED_RE)) lines.push({ releases: Number(m[1]), ms: Number(m[2]), skipped: Number(m[3]), ...(m[4] ? { unchanged: Number(m[4]) } : {}) });
          }
          const run = { window, wallMs, probe, indexed: lines, machineBusyCpus: busy0 === undefined ? undefined : (busy1 - busy0) / wallMs };
          result.runs.push(run);
          log(`${path.basename(result.extension)} run ${i + 1}/${runs}${reopen ? ` (${window} window)` : ''}: ${lines.length ? lines.map((l) => `Indexed ${l.releases} releases in ${l.ms} ms${l.unchanged !== undefined ? ` (${l.unchanged} from the cache)` : ''}`).join('; ') : `no "Indexed" line${probe.error ? ` (${probe.error})` : ''}`}; machine busy ${run.machineBusyCpus?.toFixed(2)} CPUs over the run`);
        }
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await stopServer(server);
    serverLog.end();
    if (process.env.RELEASE_LENS_KEEP_TMP) log(`keeping ${tmp.root}`);
    else fs.rmSync(tmp.root, { recursive: true, force: true });
  }
  for (const r of results) {
    const firstWindows = r.runs.filter((x) => x.window === 'first');
    const reopened = r.runs.filter((x) => x.window === 'reopened').map((x) => x.indexed[0]?.ms).filter((x) => x !== undefined);
    const first = firstWindows.map((x) => x.indexed[0]?.ms).filter((x) => x !== undefined);
    const rescanned = firstWindows.flatMap((x) => x.indexed.slice(1).map((l) => l.ms));
    r.firstScanMs = { runs: first, median: median(first) };
    if (rescanned.length) r.rescanMs = { runs: rescanned, median: median(rescanned) };
    if (reopened.length) r.reopenedScanMs = { runs: reopened, median: median(reopened) };
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (n, d) => {
    const i = args.indexOf(`--${n}`);
    return i >= 0 ? args[i + 1] : d;
  };
  const extensionDirs = args.flatMap((a, i) => (a === '--extension' ? [path.resolve(args[i + 1])] : []));
  if (extensionDirs.length === 0) extensionDirs.push(buildProduction().dir);
  const corpus = ensureCorpus(path.resolve(opt('corpus-dir', path.join(os.tmpdir(), 'release-lens-bench'))), Number(opt('count', '1000')));
  console.log(`[scan] corpus ${corpus.dir} (${corpus.files} files)`);
  const results = await measureScan({
    extensionDirs,
    corpusDir: corpus.dir,
    runs: Number(opt('runs', '5')),
    rescans: Number(opt('rescans', '0')),
    reopen: args.includes('--reopen'),
    log: (s) => console.log(`[scan] ${s}`),
  });
  for (const r of results) {
    console.log(`[scan] ${r.extension}: first scan ${r.firstScanMs.runs.join(', ')} ms, median ${r.firstScanMs.median} ms${r.rescanMs ? `; rescans ${r.rescanMs.runs.join(', ')} ms, median ${r.rescanMs.median} ms` : ''}${r.reopenedScanMs ? `; reopened windows ${r.reopenedScanMs.runs.join(', ')} ms, median ${r.reopenedScanMs.median} ms` : ''}`);
  }
  const out = opt('out');
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
}

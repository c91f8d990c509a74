// Activation time of Release Lens in a REAL VS Code host: code-server (VS Code 1.99.3, installed by
// scripts/install-code-server.sh) started the way test/host/runCodeServer.ts starts it, its
// workbench opened in headless Debian chromium through playwright-core, on a copy of test/workspace.
//
// One code-server serves all runs; each run opens a new browser context, which starts a NEW
// extension host, with extensionDevelopmentPath = the production build (.bench/prod, see build.mjs)
// and extensionTestsPath = scripts/bench/host/activationProbe.cjs. The probe times
// `await vscode.extensions.getExtension(id).activate()` (performance.now in the extension host)
// and opens "Developer: Show Running Extensions"; this runner then reads VS Code's own number from
// that editor ("Activation: N ms" = codeLoadingTime + activateCallTime, as VS Code records them).
//
//   node scripts/bench/activation.mjs [--runs 5] [--extension DIR]
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const CODE_SERVER_DIR = process.env.RELEASE_LENS_HOST_DIR ?? path.join(ROOT, '.vscode-test', 'code-server');
const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const PROBE = path.join(HERE, 'host', 'activationProbe.cjs');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = srv.address().port;
      srv.close(() => resolve(port));
    });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function findChromium() {
  if (process.env.RELEASE_LENS_CHROMIUM) return process.env.RELEASE_LENS_CHROMIUM;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim().split('\n')[0];
  } catch {
    return undefined;
  }
}

/** Stops the code-server we started (its own process group: the extension hosts go with it). */
async function stopServer(child) {
  const pid = child.pid;
  if (!pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  const group = (sig) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        // gone
      }
    }
  };
  group('SIGTERM');
  if (!(await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]))) {
    group('SIGKILL');
    await Promise.race([exited, sleep(2000)]);
  }
  try {
    process.kill(-pid, 0);
    process.kill(-pid, 'SIGKILL');
  } catch {
    // group empty
  }
}

/** The activation event in the newest extension host log not read before ("onLanguage:plaintext"). */
function activationReason(userData, seen) {
  const logs = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'remoteexthost.log' || e.name === 'exthost.log') logs.push(full);
    }
  };
  try {
    walk(path.join(userData, 'logs'));
  } catch {
    return undefined;
  }
  for (const f of logs) {
    if (seen.has(f)) continue;
    const m = /_doActivateExtension release-lens\.release-lens, startup: (\w+), activationEvent: '([^']*)'/.exec(fs.readFileSync(f, 'utf8'));
    if (m) {
      seen.add(f);
      return `activationEvent ${m[2]}${m[1] === 'true' ? ' (startup)' : ''}`;
    }
  }
  return undefined;
}

/**
 * Measures activation `runs` times. Returns { runs: [...], ok, error?, how }.
 * Each run: { probe: {...from the extension host}, vscodeMs, vscodeText, wallMs }.
 */
export async function measureActivation({ runs = 5, extensionDir, log = () => {} } = {}) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) return { ok: false, error: `code-server not installed at ${CODE_SERVER_DIR} (npm run host:install)` };
  const chromiumPath = findChromium();
  if (!chromiumPath) return { ok: false, error: 'chromium not found (npm run host:install)' };
  if (!extensionDir || !fs.existsSync(path.join(extensionDir, 'dist', 'extension.js'))) return { ok: false, error: `no built extension in ${extensionDir}` };
  const { chromium } = await import('playwright-core');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-lens-bench-host-'));
  const workspace = path.join(tmp, 'workspace');
  const userData = path.join(tmp, 'user-data');
  const signalDir = path.join(tmp, 'signals');
  fs.cpSync(path.join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'extensions'), { recursive: true });
  fs.mkdirSync(signalDir, { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'git.enabled': false,
    }),
  );
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
  const server = spawn(
    process.execPath,
    [CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions'),
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace],
    {
      cwd: tmp,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RELEASE_LENS_BENCH_SIGNAL_DIR: signalDir, CODE_SERVER_CONFIG: path.join(tmp, 'code-server-config.yaml'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') },
    },
  );
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  let browser;
  const results = [];
  const seenLogs = new Set();
  const onSignal = () => {
    void (async () => {
      await browser?.close().catch(() => undefined);
      await stopServer(server);
      process.exit(130);
    })();
  };
  process.once('SIGINT', onSignal);
  try {
    const deadline = Date.now() + 60_000;
    while (!(await httpOk(`${origin}/healthz`))) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error('code-server did not start');
      await sleep(200);
    }
    log(`code-server pid ${server.pid} on ${origin}`);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDir)],
      ['extensionTestsPath', remote(PROBE)],
      ['skipWelcome', 'true'],
    ];
    const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      let resolveProbe;
      let resolveExit;
      const probe = new Promise((r) => (resolveProbe = r));
      const exited = new Promise((r) => (resolveExit = r));
      const hostLines = [];
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = typeof args === 'string' ? args : Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : JSON.stringify(args);
        hostLines.push(`[${type}] ${text}`);
        const m = /@@bench-activation (\{.*\})/.exec(text);
        if (m) resolveProbe(JSON.parse(m[1]));
      });
      await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const probeResult = await Promise.race([probe, sleep(120_000).then(() => undefined)]);
      const run = { wallMs: Date.now() - t0 };
      if (!probeResult) {
        run.error = 'probe did not report within 120 s';
        run.hostLog = hostLines.slice(-20);
      } else {
        run.probe = probeResult;
        // VS Code's own number, from the Running Extensions editor.
        try {
          const row = page.locator('.runtime-extensions-editor .extension').filter({ hasText: /release-lens|Release Lens/i }).first();
          await row.waitFor({ timeout: 20_000 });
          const deadline2 = Date.now() + 10_000;
          let text = '';
          while (Date.now() < deadline2) {
            text = (await row.locator('.activation-time').textContent()) ?? '';
            if (/\d+\s*ms/.test(text)) break;
            await sleep(100);
          }
          run.vscodeText = text.trim();
          const m = /(\d+(?:\.\d+)?)\s*ms/.exec(text);
          if (m) run.vscodeMs = Number(m[1]);
          run.vscodeTitle = (await row.locator('.activation-time').getAttribute('title').catch(() => null)) ?? undefined;
        } catch (e) {
          run.vscodeError = `could not read the Running Extensions editor: ${String(e).split('\n')[0]}`;
        }
        // Why VS Code activated us: its extension host log names the activation event.
        const reason = activationReason(userData, seenLogs);
        if (reason) run.reason = reason;
        fs.writeFileSync(path.join(signalDir, `${probeResult.pid}.done`), '');
        await Promise.race([exited, sleep(15_000)]);
      }
      results.push(run);
      log(`activation run ${i + 1}/${runs}: ${run.probe ? `${run.probe.wasActive ? 'already active at startup' : `activate() ${run.probe.activateMs?.toFixed(1)} ms`}; VS Code "${run.vscodeText ?? run.vscodeError}"; marks: require ${run.probe.marks?.requireMs} ms, activate ${run.probe.marks?.activateMs} ms${run.reason ? `; ${run.reason}` : ''}` : run.error}`);
      await context.close().catch(() => undefined);
    }
    return { ok: results.some((r) => r.probe), runs: results };
  } catch (e) {
    return { ok: false, error: String(e?.stack ?? e), runs: results };
  } finally {
    await browser?.close().catch(() => undefined);
    await stopServer(server);
    serverLog.end();
    process.removeListener('SIGINT', onSignal);
    if (process.env.RELEASE_LENS_KEEP_TMP) log(`keeping ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (n, d) => {
    const i = process.argv.indexOf(`--${n}`);
    return i > 0 ? process.argv[i + 1] : d;
  };
  const r = await measureActivation({ runs: Number(arg('runs', '3')), extensionDir: path.resolve(arg('extension', path.join(ROOT, '.bench', 'prod'))), log: (s) => console.log(`[activation] ${s}`) });
  console.log(JSON.stringify(r, null, 2));
}

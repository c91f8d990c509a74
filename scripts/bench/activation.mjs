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
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const PROBE = path.join(HERE, 'host', 'activationProbe.cjs');
// The host helpers of the test runner (test/host/codeServer.ts, hostUtil.ts), compiled by
// `tsc -p tsconfig.test.json` (build.mjs runs it).
const HOST_OUT = path.join(ROOT, 'out', 'test', 'host');

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
  if (!fs.existsSync(path.join(HOST_OUT, 'codeServer.js'))) return { ok: false, error: 'test host helpers not compiled (npx tsc -p tsconfig.test.json)' };
  const require = createRequire(import.meta.url);
  const { CODE_SERVER_DIR, CODE_SERVER_ENTRY, findChromium, freePort, sleep, stopServer, waitForHttp } = require(path.join(HOST_OUT, 'codeServer.js'));
  const { makeTempDirs } = require(path.join(HOST_OUT, 'hostUtil.js'));
  if (!fs.existsSync(CODE_SERVER_ENTRY)) return { ok: false, error: `code-server not installed at ${CODE_SERVER_DIR} (npm run host:install)` };
  let chromiumPath;
  try {
    chromiumPath = findChromium();
  } catch (e) {
    return { ok: false, error: String(e.message ?? e) };
  }
  if (!extensionDir || !fs.existsSync(path.join(extensionDir, 'dist', 'extension.js'))) return { ok: false, error: `no built extension in ${extensionDir}` };
  const { chromium } = await import('playwright-core');

  // A copy of test/workspace with quiet user settings, as the test runner makes it.
  const { root: tmp, workspace, userData, extensions } = makeTempDirs('release-lens-bench-host-');
  const signalDir = path.join(tmp, 'signals');
  fs.mkdirSync(signalDir, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
  const server = spawn(
    process.execPath,
    [CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', extensions,
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
    await waitForHttp(`${origin}/healthz`, server, 60_000);
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

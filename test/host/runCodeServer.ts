// Runs the in-host suite (out/test/suite/index.js) inside a REAL VS Code: code-server 4.99.4
// (VS Code 1.99.3 server + web workbench, installed by scripts/install-code-server.sh) with the
// workbench opened in Debian's chromium, driven headless by playwright-core.
//
//   npm run host:install   # once: apt chromium + ripgrep, code-server into .vscode-test/code-server
//   npm run build && npx tsc -p tsconfig.test.json
//   npm run test:host
//
// The extension host's console output (mocha's report) arrives in the page's codeAutomationLog
// and is printed here; codeAutomationExit(code) ends the run with the suite's exit code.
// A test can ask for a screenshot with test/suite/screenshot.ts (marker line `@@screenshot NAME`).
// Screenshots go to .vscode-test/screenshots/; one named `final` is taken after the suite.
//
// Environment: RELEASE_LENS_HOST_TIMEOUT_MS (default 300000), RELEASE_LENS_CHROMIUM (browser
// path), RELEASE_LENS_HOST_VERBOSE=1 (echo code-server's own output), RELEASE_LENS_KEEP_TMP=1,
// RELEASE_LENS_TEST_GREP (mocha grep inside the host), RELEASE_LENS_HOST_KIND=web (the extension
// and the browser bundle of test/web run in the web-worker extension host, as on vscode.dev;
// screenshots go to .vscode-test/screenshots/web/; see hostUtil.ts).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  HOST_KIND,
  REPO_ROOT,
  SCREENSHOT_DIR,
  SUITE_INDEX,
  VSCODE_TEST_DIR,
  checkBuilt,
  makeTempDirs,
  removeDir,
} from './hostUtil';
import { CODE_SERVER_DIR, CODE_SERVER_ENTRY, findChromium, freePort, sleep, stopServer, waitForHttp } from './codeServer';

const TIMEOUT_MS = Number(process.env.RELEASE_LENS_HOST_TIMEOUT_MS ?? 5 * 60_000);
const VERBOSE = !!process.env.RELEASE_LENS_HOST_VERBOSE;
const SCREENSHOT_RE = /@@screenshot ([A-Za-z0-9._-]+)/g;
const UI_RE = /@@ui ([A-Za-z0-9_-]+) (press|click|labels)(?: ([^\n]*))?/g;

const log = (msg: string): void => console.log(`[host] ${msg}`);

async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  const tmp = path.join(SCREENSHOT_DIR, `.${name}.${process.pid}.tmp.png`);
  await page.screenshot({ path: tmp });
  fs.renameSync(tmp, file); // atomic: the suite waits for the final name
  log(`screenshot ${path.relative(REPO_ROOT, file)}`);
  return file;
}

/**
 * Carries out a test's `@@ui ID ACTION ARG` request in the page, as a user would: `press KEY` (to
 * whatever has focus), `click SELECTOR` (in the active webview: iframe.webview → #active-frame) or
 * `labels SELECTOR` (aria-labels and scroll offsets of the matches there, and the focused element's
 * label). Writes the
 * outcome to SCREENSHOT_DIR/ui/ID.json (atomically) for test/suite/ui.ts to read.
 */
async function uiAction(page: Page, id: string, action: string, arg: string): Promise<void> {
  let result: Record<string, unknown>;
  try {
    const webview = page.locator('iframe.webview.ready:visible').last().contentFrame().locator('#active-frame').contentFrame();
    if (action === 'press') {
      await page.keyboard.press(arg);
      result = { ok: true };
    } else if (action === 'click') {
      await webview.locator(arg).first().click({ timeout: 10_000 });
      result = { ok: true };
    } else {
      // Runs in the webview's page (this file is compiled without the DOM library, hence the shape).
      type Labelled = { getAttribute(name: string): string | null; scrollTop: number };
      type PageDocument = { querySelectorAll(selector: string): Iterable<Labelled>; activeElement: Labelled | null };
      const found = await webview.locator('body').evaluate((_body, selector) => {
        const doc = (globalThis as unknown as { document: PageDocument }).document;
        const found = [...doc.querySelectorAll(selector)];
        return { labels: found.map((e) => e.getAttribute('aria-label')), scrollTops: found.map((e) => e.scrollTop), focused: doc.activeElement?.getAttribute('aria-label') ?? null };
      }, arg, { timeout: 10_000 });
      result = { ok: true, ...found };
    }
  } catch (err) {
    result = { ok: false, error: String(err instanceof Error ? err.message : err).slice(0, 2000) };
  }
  const dir = path.join(SCREENSHOT_DIR, 'ui');
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${id}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(result));
  fs.renameSync(tmp, path.join(dir, `${id}.json`));
}

function formatLogArgs(args: unknown): string {
  if (typeof args === 'string') return args;
  if (Array.isArray(args)) return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return JSON.stringify(args);
}

async function main(): Promise<number> {
  const started = Date.now();
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed at ${CODE_SERVER_DIR}: run \`npm run host:install\``);
  }
  checkBuilt();
  const chromiumPath = findChromium();

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const f of fs.readdirSync(SCREENSHOT_DIR)) if (f.endsWith('.png')) fs.rmSync(path.join(SCREENSHOT_DIR, f), { force: true });
  const logDir = path.join(VSCODE_TEST_DIR, 'host-logs');
  fs.mkdirSync(logDir, { recursive: true });

  const tmp = makeTempDirs('release-lens-host-');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;

  const serverLogPath = path.join(logDir, 'code-server.log');
  const serverLog = fs.createWriteStream(serverLogPath);
  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', tmp.userData,
    '--extensions-dir', tmp.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    tmp.workspace,
  ];
  log(`starting code-server on ${origin} (workspace ${tmp.workspace}, ${HOST_KIND} extension host)`);
  const server = spawn(process.execPath, args, {
    cwd: tmp.root,
    detached: true, // own process group, so stopServer can end its children too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      RELEASE_LENS_SCREENSHOT_DIR: SCREENSHOT_DIR,
      // keep code-server from opening a browser or reading a user config
      CODE_SERVER_CONFIG: path.join(tmp.root, 'code-server-config.yaml'),
      XDG_CONFIG_HOME: path.join(tmp.root, 'xdg-config'),
      XDG_DATA_HOME: path.join(tmp.root, 'xdg-data'),
    },
  });
  log(`code-server pid ${server.pid}`);
  for (const stream of [server.stdout!, server.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      serverLog.write(chunk);
      if (VERBOSE) process.stdout.write(`[code-server] ${chunk.toString()}`);
    });
  }

  let browser: Browser | undefined;
  let exitCode = 1;
  const onSignal = (sig: NodeJS.Signals): void => {
    log(`received ${sig}; stopping`);
    void (async () => {
      await browser?.close().catch(() => undefined);
      await stopServer(server, log);
      process.exit(130);
    })();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    await waitForHttp(`${origin}/healthz`, server, 60_000);
    log(`code-server answered after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (err) => {
      if (VERBOSE) console.error(`[page error] ${err.message}`);
    });

    // Screenshots are taken one at a time, in the order requested.
    let shotQueue: Promise<unknown> = Promise.resolve();
    const takeScreenshot = (name: string): Promise<unknown> => {
      const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'screenshot';
      shotQueue = shotQueue
        .then(() => sleep(250)) // let the workbench paint what the test just did
        .then(() => screenshot(page, safe))
        .catch((err) => console.error(`[host] screenshot ${safe} failed: ${String(err)}`));
      return shotQueue;
    };

    let resolveExit!: (code: number) => void;
    const suiteExit = new Promise<number>((r) => (resolveExit = r));
    const hostLog = fs.createWriteStream(path.join(logDir, 'extension-host.log'));

    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      const text = formatLogArgs(args);
      hostLog.write(`[${type}] ${text}\n`);
      for (const m of text.matchAll(SCREENSHOT_RE)) void takeScreenshot(m[1]!);
      for (const m of text.matchAll(UI_RE)) shotQueue = shotQueue.then(() => uiAction(page, m[1]!, m[2]!, m[3] ?? '')).catch((err) => console.error(`[host] ui ${m[1]} failed: ${String(err)}`));
      if (type === 'error' || type === 'warn') {
        // the gallery (open-vsx.org) is unreachable here: that noise only goes to the log file
        if (VERBOSE || !/open-vsx|gallery|marketplace|ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(text)) {
          console.error(`[host ${type}] ${text}`);
        }
      } else {
        process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => {
      resolveExit(typeof code === 'number' ? code : 1);
    });
    // Lets page-side code (or a future driver) request a screenshot directly.
    await page.exposeFunction('releaseLensScreenshot', async (name: string) => {
      await takeScreenshot(String(name));
    });

    const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', remote(EXTENSION_DIR)],
      ['extensionTestsPath', remote(SUITE_INDEX)],
      ['skipWelcome', 'true'],
    ];
    const url = `${origin}/?folder=${encodeURIComponent(tmp.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log('opening the workbench in headless chromium');
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    const remaining = TIMEOUT_MS - (Date.now() - started);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), Math.max(remaining, 0))));
    const serverDied = new Promise<'server-exit'>((r) => server.once('exit', () => r('server-exit')));
    const outcome = await Promise.race([suiteExit, timedOut, serverDied]);
    clearTimeout(timer);

    if (outcome === 'timeout') {
      console.error(`[host] TIMEOUT: the suite did not finish within ${TIMEOUT_MS / 1000} s`);
      exitCode = 1;
    } else if (outcome === 'server-exit') {
      console.error(`[host] code-server exited during the run (see ${path.relative(REPO_ROOT, serverLogPath)})`);
      exitCode = 1;
    } else {
      exitCode = outcome;
      log(`suite finished with exit code ${exitCode}`);
    }
    await shotQueue;
    if (outcome !== 'server-exit') await takeScreenshot(outcome === 'timeout' ? 'timeout' : 'final');
    hostLog.end();
  } finally {
    await browser?.close().catch(() => undefined);
    await stopServer(server, log);
    log(`code-server (pid ${server.pid}) stopped`);
    serverLog.end();
    removeDir(tmp.root);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[host] ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    process.exit(1);
  },
);

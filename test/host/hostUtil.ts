// Shared helpers for the in-host test runners (runCodeServer.ts, runElectron.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Repository root: this file compiles to out/test/host/hostUtil.js. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const EXTENSION_DIR = REPO_ROOT;
/**
 * Which extension host runs the extension and its suite: VS Code's Node extension host (default),
 * or with RELEASE_LENS_HOST_KIND=web the browser's web-worker extension host, as on vscode.dev.
 */
export const HOST_KIND: 'node' | 'web' = process.env.RELEASE_LENS_HOST_KIND === 'web' ? 'web' : 'node';
/** The web host loads one browser bundle of test/web (built by esbuild.mjs), not the Node suite. */
export const SUITE_INDEX =
  HOST_KIND === 'web' ? path.join(REPO_ROOT, 'out', 'test-web', 'index.js') : path.join(REPO_ROOT, 'out', 'test', 'suite', 'index.js');
export const WORKSPACE_SOURCE = path.join(REPO_ROOT, 'test', 'workspace');
export const VSCODE_TEST_DIR = path.join(REPO_ROOT, '.vscode-test');
/** The web run keeps its screenshots apart, so one run does not clear the other's. */
export const SCREENSHOT_DIR = path.join(VSCODE_TEST_DIR, 'screenshots', ...(HOST_KIND === 'web' ? ['web'] : []));

/** Fails early, with the command to run, when the extension or the suite is not built. */
export function checkBuilt(): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'package.json'), 'utf8')) as {
    main?: string;
    browser?: string;
  };
  const main = path.resolve(EXTENSION_DIR, (HOST_KIND === 'web' ? manifest.browser : manifest.main) ?? 'dist/extension.js');
  const missing: string[] = [];
  if (!fs.existsSync(main) && !fs.existsSync(`${main}.js`)) missing.push(`${path.relative(REPO_ROOT, main)} (npm run build)`);
  if (!fs.existsSync(SUITE_INDEX)) missing.push(`${path.relative(REPO_ROOT, SUITE_INDEX)} (${HOST_KIND === 'web' ? 'npm run build' : 'npx tsc -p tsconfig.test.json'})`);
  if (missing.length) throw new Error(`not built: ${missing.join(', ')}`);
}

/** A fresh temporary tree: a copy of test/workspace plus empty user-data and extensions dirs. */
export function makeTempDirs(prefix: string): { root: string; workspace: string; userData: string; extensions: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const workspace = path.join(root, 'workspace');
  const userData = path.join(root, 'user-data');
  const extensions = path.join(root, 'extensions');
  fs.cpSync(WORKSPACE_SOURCE, workspace, { recursive: true });
  fs.mkdirSync(userData, { recursive: true });
  fs.mkdirSync(extensions, { recursive: true });
  // Quiet, deterministic user settings for the test instance.
  const userDir = path.join(userData, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDir, 'settings.json'),
    JSON.stringify(
      {
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
        // code-server 4.99.4 ignores extensionDevelopmentKind from the URL payload; this setting is
        // what moves the extension under development into the web-worker extension host.
        ...(HOST_KIND === 'web' ? { 'remote.extensionKind': { 'release-lens.release-lens': ['web'] } } : {}),
        // The web worker has no environment variables: the web suite reads its grep from here.
        ...(HOST_KIND === 'web' && process.env.RELEASE_LENS_TEST_GREP ? { 'releaseLensTest.grep': process.env.RELEASE_LENS_TEST_GREP } : {}),
      },
      null,
      2,
    ),
  );
  return { root, workspace, userData, extensions };
}

export function removeDir(dir: string): void {
  if (process.env.RELEASE_LENS_KEEP_TMP) {
    console.log(`[host] keeping ${dir} (RELEASE_LENS_KEEP_TMP)`);
    return;
  }
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (err) {
    console.error(`[host] could not remove ${dir}: ${String(err)}`);
  }
}

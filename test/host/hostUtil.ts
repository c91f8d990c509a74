// Shared helpers for the in-host test runners (runCodeServer.ts, runElectron.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Repository root: this file compiles to out/test/host/hostUtil.js. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const EXTENSION_DIR = REPO_ROOT;
export const SUITE_INDEX = path.join(REPO_ROOT, 'out', 'test', 'suite', 'index.js');
export const WORKSPACE_SOURCE = path.join(REPO_ROOT, 'test', 'workspace');
export const VSCODE_TEST_DIR = path.join(REPO_ROOT, '.vscode-test');
export const SCREENSHOT_DIR = path.join(VSCODE_TEST_DIR, 'screenshots');

/** Fails early, with the command to run, when the extension or the suite is not built. */
export function checkBuilt(): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'package.json'), 'utf8')) as {
    main?: string;
  };
  const main = path.resolve(EXTENSION_DIR, manifest.main ?? 'dist/extension.js');
  const missing: string[] = [];
  if (!fs.existsSync(main) && !fs.existsSync(`${main}.js`)) missing.push(`${path.relative(REPO_ROOT, main)} (npm run build)`);
  if (!fs.existsSync(SUITE_INDEX)) missing.push(`${path.relative(REPO_ROOT, SUITE_INDEX)} (npx tsc -p tsconfig.test.json)`);
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

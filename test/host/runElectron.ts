// Runs the same in-host suite (out/test/suite/index.js) in desktop VS Code through
// @vscode/test-electron. That downloads a VS Code build from Microsoft's update service; where the
// download fails (no such network, as on the project's own machines) the run is SKIPPED with a
// message and exit code 0 — use `npm run test:host` (code-server) there instead.
//
// Environment: VSCODE_TEST_VERSION (default 1.99.3, the code-server host's version; `stable` works
// too), VSCODE_EXECUTABLE_PATH (use an installed VS Code, no download), RELEASE_LENS_KEEP_TMP=1,
// RELEASE_LENS_ELECTRON_REQUIRED=1 (a failed download fails the run instead of skipping).
// On Linux without a display, run it under xvfb-run.
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { EXTENSION_DIR, SUITE_INDEX, VSCODE_TEST_DIR, checkBuilt, makeTempDirs, removeDir } from './hostUtil';

const log = (msg: string): void => console.log(`[electron] ${msg}`);

async function main(): Promise<number> {
  checkBuilt();
  const version = process.env.VSCODE_TEST_VERSION ?? '1.99.3';

  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (!vscodeExecutablePath) {
    try {
      log(`downloading VS Code ${version} (cache ${path.relative(process.cwd(), VSCODE_TEST_DIR) || VSCODE_TEST_DIR})`);
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: VSCODE_TEST_DIR, timeout: 20_000 });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      if (process.env.RELEASE_LENS_ELECTRON_REQUIRED) {
        console.error(`[electron] VS Code download failed: ${why}`);
        return 1;
      }
      console.log(`[electron] SKIPPED: could not download VS Code ${version} (${why}).`);
      console.log('[electron] This machine cannot reach the VS Code update service; run `npm run test:host` (code-server) instead.');
      return 0;
    }
  }

  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    log('warning: no DISPLAY; desktop VS Code needs one on Linux (try: xvfb-run -a npm run test:host:electron)');
  }

  const tmp = makeTempDirs('release-lens-electron-');
  try {
    const launchArgs = [
      tmp.workspace,
      '--user-data-dir', tmp.userData,
      '--extensions-dir', tmp.extensions,
      '--disable-extensions', // other installed extensions stay off; the one under development still loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
    ];
    if (process.getuid?.() === 0) launchArgs.push('--no-sandbox'); // Electron refuses to run as root otherwise
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: EXTENSION_DIR,
      extensionTestsPath: SUITE_INDEX,
      launchArgs,
      // No RELEASE_LENS_SCREENSHOT_DIR: nothing takes screenshots in this host.
      extensionTestsEnv: { RELEASE_LENS_SCREENSHOT_DIR: '' },
    });
    log('suite passed');
    return 0;
  } catch (err) {
    console.error(`[electron] suite failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    removeDir(tmp.root);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[electron] ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    process.exit(1);
  },
);

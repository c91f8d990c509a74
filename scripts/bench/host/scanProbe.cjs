// Loaded INSIDE VS Code's extension host as `extensionTestsPath` by scripts/bench/scan.mjs (not a
// test suite: it only measures). It activates Release Lens, lets it index the workspace folder
// (the corpus) as a user's first look at the Programs view would, optionally rescans, prints one
// marker line and returns. The scan time itself is the extension's own log line ("Indexed N
// releases in X ms"), which the runner reads from the Output channel's log file.
'use strict';
const vscode = require('vscode');

const EXTENSION_ID = 'release-lens.release-lens';

/**
 * With RELEASE_LENS_BENCH_PROFILE=FILE, a CPU profile of the extension host's thread during the first
 * scan, written to FILE (where the time the workers do not take goes).
 */
async function startProfile() {
  const file = process.env.RELEASE_LENS_BENCH_PROFILE;
  if (!file) return undefined;
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 1000 });
  await post('Profiler.start');
  return {
    async stop() {
      const { profile } = await post('Profiler.stop');
      require('node:fs').writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      return file;
    },
  };
}

exports.run = async function run() {
  const out = { pid: process.pid, vscodeVersion: vscode.version };
  try {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
    const api = await ext.activate();
    const profiler = await startProfile();
    const t0 = performance.now();
    await api.workspace.ensureStarted();
    out.firstScanMs = performance.now() - t0;
    if (profiler) out.profile = await profiler.stop();
    out.releases = api.workspace.index.size;
    out.skipped = api.workspace.skipped.size;
    out.rescanMs = [];
    const rescans = Number(process.env.RELEASE_LENS_BENCH_RESCANS ?? 0);
    for (let i = 0; i < rescans; i++) {
      const t1 = performance.now();
      // As the Rescan Releases command does: every file read again, the index cache aside.
      await api.workspace.rescan({ readAll: true });
      out.rescanMs.push(performance.now() - t1);
    }
  } catch (e) {
    out.error = String(e && e.stack ? e.stack : e);
  }
  console.log(`@@bench-scan ${JSON.stringify(out)}`);
  // Let the Output channel reach its log file before the runner reads it.
  await new Promise((r) => setTimeout(r, 1500));
};

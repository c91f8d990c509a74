// Loaded INSIDE VS Code's extension host as `extensionTestsPath` by scripts/bench/activation.mjs
// (not a test suite: it only measures). It activates Release Lens through the public API when it is
// not active yet, timing the call, opens VS Code's "Developer: Show Running Extensions" editor so
// the runner can read VS Code's own activation time from the page, prints one marker line, and
// waits until the runner has read the page (a signal file) before returning.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'release-lens.release-lens';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

exports.run = async function run() {
  const signalDir = process.env.RELEASE_LENS_BENCH_SIGNAL_DIR;
  const out = { pid: process.pid, vscodeVersion: vscode.version };
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) {
    out.error = `extension ${EXTENSION_ID} not found`;
  } else {
    out.wasActive = ext.isActive;
    const t0 = performance.now();
    const api = await ext.activate();
    out.activateMs = performance.now() - t0;
    out.apiOk = !!api;
    // A second call on the active extension: the fixed cost of the API round trip.
    const t1 = performance.now();
    await ext.activate();
    out.activateAgainMs = performance.now() - t1;
  }
  // VS Code's own performance marks in this extension host (vs/base/common/performance, kept on
  // globalThis.MonacoPerformanceMarks; Date.now() resolution) around loading and activating us.
  try {
    const marks = globalThis.MonacoPerformanceMarks?.getMarks?.() ?? [];
    const at = (what) => marks.find((m) => m.name === `code/extHost/${what}/${EXTENSION_ID}`)?.startTime;
    const m = { willLoad: at('willLoadExtensionCode'), didLoad: at('didLoadExtensionCode'), willActivate: at('willActivateExtension'), didActivate: at('didActivateExtension') };
    const origin = marks.find((x) => x.name === 'code/timeOrigin')?.startTime;
    if (m.willLoad !== undefined) {
      out.marks = {
        requireMs: m.didLoad - m.willLoad,
        activateMs: m.didActivate - m.willActivate,
        loadToActivatedMs: m.didActivate - m.willLoad,
        sinceExtHostStartMs: origin !== undefined ? m.willLoad - origin : undefined,
      };
    } else out.marks = null;
  } catch (e) {
    out.marksError = String(e);
  }
  try {
    await vscode.commands.executeCommand('workbench.action.showRuntimeExtensions');
    out.runtimeEditor = true;
  } catch (e) {
    out.runtimeEditor = false;
    out.runtimeEditorError = String(e);
  }
  console.log(`@@bench-activation ${JSON.stringify(out)}`);
  if (!signalDir) return;
  const signal = path.join(signalDir, `${process.pid}.done`);
  const deadline = Date.now() + 60_000;
  while (!fs.existsSync(signal) && Date.now() < deadline) await sleep(100);
};

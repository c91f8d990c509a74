// Lets an in-host test use the real keyboard and mouse in the workbench page, through the runner
// (test/host/runCodeServer.ts), in the way screenshot.ts asks for screenshots.
//
// Protocol: the test prints `@@ui ID ACTION ARG`; the runner carries it out with playwright and writes
// SCREENSHOT_DIR/ui/ID.json. Actions: `press KEY` (playwright key name, to whatever has focus),
// `click SELECTOR` (first match in the active webview), `labels SELECTOR` (aria-labels and scrollTop
// of the matches in the active webview, and the aria-label of its focused element).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { screenshotsAvailable } from './screenshot';

export interface UiResult {
  ok: boolean;
  error?: string;
  labels?: (string | null)[];
  scrollTops?: number[];
  focused?: string | null;
}

let counter = 0;

/** Whether a runner is there to carry out UI actions (code-server host, not test-electron). */
export const uiAvailable = screenshotsAvailable;

/** Performs one UI action and resolves to its outcome; rejects when the runner reports a failure or never answers. */
export async function ui(action: 'press' | 'click' | 'labels', arg: string, timeoutMs = 20_000): Promise<UiResult> {
  const dir = process.env.RELEASE_LENS_SCREENSHOT_DIR;
  if (!dir) throw new Error('no UI runner (RELEASE_LENS_SCREENSHOT_DIR is not set)');
  const id = `${process.pid}-${Date.now()}-${++counter}`;
  const file = path.join(dir, 'ui', `${id}.json`);
  console.log(`@@ui ${id} ${action} ${arg}`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) {
      const result = JSON.parse(fs.readFileSync(file, 'utf8')) as UiResult;
      fs.rmSync(file, { force: true });
      if (!result.ok) throw new Error(`ui ${action} ${arg} failed: ${result.error}`);
      return result;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`ui ${action} ${arg}: no answer from the runner within ${timeoutMs} ms`);
}

// Lets an in-host test ask the runner (test/host/runCodeServer.ts) for a screenshot of the
// workbench at a moment it chooses.
//
// Protocol: the test prints `@@screenshot NAME` with console.log. The extension host's console
// output reaches the browser page's `codeAutomationLog` function, where the runner sees the marker
// and writes SCREENSHOT_DIR/NAME.png (atomically, via rename). The runner passes SCREENSHOT_DIR to
// code-server, and so to the extension host, as RELEASE_LENS_SCREENSHOT_DIR; the extension host and
// the runner share the file system, so the test waits until the file appears.
// Where no runner listens (desktop VS Code via test-electron), it returns false at once.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SCREENSHOT_MARKER = '@@screenshot';

export function screenshotsAvailable(): boolean {
  return !!process.env.RELEASE_LENS_SCREENSHOT_DIR;
}

export function sanitizeScreenshotName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '').slice(0, 80) || 'screenshot';
}

/** Requests a screenshot; resolves to its path once written, or to false when no runner took one. */
export async function requestScreenshot(name: string, timeoutMs = 15_000): Promise<string | false> {
  const dir = process.env.RELEASE_LENS_SCREENSHOT_DIR;
  if (!dir) return false;
  const safe = sanitizeScreenshotName(name);
  const file = path.join(dir, `${safe}.png`);
  const requestedAt = Date.now();
  console.log(`${SCREENSHOT_MARKER} ${safe}`);
  const deadline = requestedAt + timeoutMs;
  while (Date.now() < deadline) {
    try {
      // 1 s slack for coarse file-system timestamps.
      if (fs.statSync(file).mtimeMs >= requestedAt - 1000) return file;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

import type * as vscode from 'vscode';

const report = (log: vscode.LogOutputChannel, feature: string, e: unknown) =>
  log.error(`${feature} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);

/** Runs a provider; an error returns no result and goes to the Output channel, never to the user as a stack. */
export function guard<T>(log: vscode.LogOutputChannel, feature: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    report(log, feature, e);
    return undefined;
  }
}

/** `guard` for a provider that waits (for the document's analysis, say). */
export async function guardAsync<T>(log: vscode.LogOutputChannel, feature: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (e) {
    report(log, feature, e);
    return undefined;
  }
}

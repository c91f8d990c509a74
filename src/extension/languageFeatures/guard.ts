import type * as vscode from 'vscode';

/** Runs a provider; an error returns no result and goes to the Output channel, never to the user as a stack. */
export function guard<T>(log: vscode.LogOutputChannel, feature: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    log.error(`${feature} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return undefined;
  }
}

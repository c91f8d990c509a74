import * as vscode from 'vscode';
import { readSettings, SECTION, type ReleaseLensConfig } from './settings';

/** Reads the settings from VS Code; see readSettings. */
export function readConfig(report: (message: string) => void): ReleaseLensConfig {
  const raw = vscode.workspace.getConfiguration(SECTION);
  return readSettings((key) => raw.get(key), report);
}

/**
 * Holds the current configuration; re-reads it when the user changes a setting (no reload needed).
 * The settings are first read just after activation (or when something needs one before), not
 * during it: the extension host's first getConfiguration builds its whole configuration model,
 * which takes milliseconds.
 */
export class ConfigService implements vscode.Disposable {
  private current: ReleaseLensConfig | undefined;
  private readonly emitter = new vscode.EventEmitter<ReleaseLensConfig>();
  /** Fires after a change of settings that were read before (the first read fires nothing). */
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  private latestProblems: string[] = [];
  private readonly firstRead: ReturnType<typeof setTimeout>;

  constructor(private readonly report: (message: string) => void) {
    this.firstRead = setTimeout(() => this.value, 0);
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      // Settings nobody has read yet need no update: the first read gets the new values.
      if (!this.current) return;
      if (e.affectsConfiguration(SECTION) || e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) {
        this.current = this.read();
        this.emitter.fire(this.current);
      }
    });
  }

  private read(): ReleaseLensConfig {
    const problems: string[] = [];
    const config = readConfig((m) => problems.push(m));
    this.latestProblems = problems;
    for (const m of problems) this.report(m);
    return config;
  }

  get value(): ReleaseLensConfig {
    return (this.current ??= this.read());
  }

  /** Messages about invalid settings from the latest read (empty when all are valid). */
  get problems(): readonly string[] {
    void this.value; // the first read sets them
    return this.latestProblems;
  }

  dispose(): void {
    clearTimeout(this.firstRead);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

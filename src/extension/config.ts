import * as vscode from 'vscode';
import { z } from 'zod';

/** Every setting, with its schema and default; package.json contributes the same keys. */
const SETTINGS = {
  detectPlainText: z.boolean().default(true),
  include: z.array(z.string().min(1)).default(['**/*.release', '**/*.txt', '**/*.md']),
  exclude: z.array(z.string().min(1)).default([]),
  maxFileSize: z.number().positive().max(50).default(5),
  'programs.groupBy': z.enum(['program', 'target', 'company', 'phase']).default('program'),
  'programs.sortBy': z.enum(['recent', 'name', 'mentions']).default('recent'),
  'hover.maxReleases': z.number().int().min(1).max(50).default(8),
} as const;

type Settings = { [K in keyof typeof SETTINGS]: z.infer<(typeof SETTINGS)[K]> };

export type ReleaseLensConfig = Readonly<{
  detectPlainText: boolean;
  include: readonly string[];
  exclude: readonly string[];
  /** Bytes. */
  maxFileSize: number;
  groupBy: Settings['programs.groupBy'];
  sortBy: Settings['programs.sortBy'];
  hoverMaxReleases: number;
}>;

export const SECTION = 'releaseLens';

/**
 * Reads the settings through their schemas. An invalid value gives one message naming the setting
 * and falls back to the default; the rest are still used.
 */
export function readConfig(report: (message: string) => void): ReleaseLensConfig {
  const raw = vscode.workspace.getConfiguration(SECTION);
  const values: Partial<Settings> = {};
  for (const [key, schema] of Object.entries(SETTINGS) as [keyof Settings, z.ZodTypeAny][]) {
    const value = raw.get(key);
    const parsed = schema.safeParse(value);
    if (parsed.success) (values as Record<string, unknown>)[key] = parsed.data;
    else {
      const fallback = schema.parse(undefined);
      report(`Release Lens: the setting "${SECTION}.${key}" is invalid (${parsed.error.issues[0]?.message ?? 'bad value'}); using ${JSON.stringify(fallback)}.`);
      (values as Record<string, unknown>)[key] = fallback;
    }
  }
  const v = values as Settings;
  return Object.freeze({
    detectPlainText: v.detectPlainText,
    include: Object.freeze([...v.include]),
    exclude: Object.freeze([...v.exclude]),
    maxFileSize: v.maxFileSize * 1024 * 1024,
    groupBy: v['programs.groupBy'],
    sortBy: v['programs.sortBy'],
    hoverMaxReleases: v['hover.maxReleases'],
  });
}

/** Holds the current configuration; re-reads it when the user changes a setting (no reload needed). */
export class ConfigService implements vscode.Disposable {
  private current: ReleaseLensConfig;
  private readonly emitter = new vscode.EventEmitter<ReleaseLensConfig>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly report: (message: string) => void) {
    this.current = readConfig(report);
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION) || e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) {
        this.current = readConfig(this.report);
        this.emitter.fire(this.current);
      }
    });
  }

  get value(): ReleaseLensConfig {
    return this.current;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

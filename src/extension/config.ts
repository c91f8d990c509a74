import * as vscode from 'vscode';
import * as z from 'zod/mini';

/** Every setting: its schema with default, and what a valid value is (for the message). package.json contributes the same keys. */
const SETTINGS = {
  detectPlainText: { schema: z._default(z.boolean(), true), expect: 'true or false' },
  include: { schema: z._default(z.array(z.string().check(z.minLength(1))), ['**/*.release', '**/*.txt', '**/*.md']), expect: 'a list of glob patterns' },
  exclude: { schema: z._default(z.array(z.string().check(z.minLength(1))), []), expect: 'a list of glob patterns' },
  maxFileSize: { schema: z._default(z.number().check(z.positive(), z.maximum(50)), 5), expect: 'a number of megabytes between 0 and 50' },
  'programs.groupBy': { schema: z._default(z.enum(['program', 'target', 'company', 'phase']), 'program'), expect: 'one of program, target, company, phase' },
  'programs.sortBy': { schema: z._default(z.enum(['recent', 'name', 'mentions']), 'recent'), expect: 'one of recent, name, mentions' },
  'hover.maxReleases': { schema: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(50)), 8), expect: 'a whole number from 1 to 50' },
} as const;

type Settings = { [K in keyof typeof SETTINGS]: z.infer<(typeof SETTINGS)[K]['schema']> };

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
  for (const [key, { schema, expect }] of Object.entries(SETTINGS) as [keyof Settings, { schema: z.ZodMiniType; expect: string }][]) {
    const value = raw.get(key);
    const parsed = schema.safeParse(value);
    if (parsed.success) (values as Record<string, unknown>)[key] = parsed.data;
    else {
      const fallback = schema.parse(undefined);
      report(`Release Lens: the setting "${SECTION}.${key}" should be ${expect}, not ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}.`);
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

  /** Messages about invalid settings from the latest read (empty when all are valid). */
  problems: string[] = [];

  constructor(private readonly report: (message: string) => void) {
    this.current = this.read();
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION) || e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) {
        this.current = this.read();
        this.emitter.fire(this.current);
      }
    });
  }

  private read(): ReleaseLensConfig {
    const problems: string[] = [];
    const config = readConfig((m) => problems.push(m));
    this.problems = problems;
    for (const m of problems) this.report(m);
    return config;
  }

  get value(): ReleaseLensConfig {
    return this.current;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
